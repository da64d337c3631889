package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.privacy.CohortRetention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

class PrivacyViewTest extends KaribuTest {

    private Cohort group;

    @BeforeEach
    void anAdministratorAndAGroup() {
        openStaffAccount("ada", Role.ADMIN);
        openStaffAccount("sabine", Role.TEACHER);
        group = createCohort("Morning group", List.of(), "Amina", "Fatou");
    }

    private void openThePrivacyPageOfTheGroup() {
        signInAsStaff("ada");
        UI.getCurrent().navigate("privacy", QueryParameters.of("cohort", String.valueOf(group.id())));
    }

    @Test
    void the_page_lists_the_groups_learners_each_with_a_download_of_her_data() {
        openThePrivacyPageOfTheGroup();

        assertThat(_get(H1.class).getText()).isEqualTo("Learners’ personal data");
        assertThat(_size(learnerGrid())).isEqualTo(2);
        assertThat(_getFormattedRow(learnerGrid(), 0)).contains("Amina X.");
        Anchor download = _get(actionsOfRow(0), Anchor.class, spec -> spec.withClasses("privacy-export"));
        assertThat(download.getText()).isEqualTo("Export her data");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getAttribute("download")).isNotNull();
        assertThat(download.getElement().getAttribute("aria-label")).isEqualTo("Export Amina X.’s data (.zip file)");
    }

    @Test
    void erasing_asks_what_will_be_lost_and_her_first_name_before_anything_is_erased() {
        openThePrivacyPageOfTheGroup();

        clickInRow(0, "Erase");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Erase Amina X.?");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("privacy-loss")).getText())
                .startsWith("What will be lost: 0 answers, 0 modules started");
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Her first name"));
        assertThat(name.getHelperText()).isEqualTo("To confirm, type her first name: Amina");

        _setValue(name, "Fatou");
        _click(_get(dialog, Button.class, spec -> spec.withText("Erase for good")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("That is not her first name. Type it as it is written: Amina.");
        assertThat(classroom.learnersOf(group.id())).hasSize(2);

        _setValue(name, "amina");
        _click(_get(dialog, Button.class, spec -> spec.withText("Erase for good")));

        _assertNone(Dialog.class);
        expectNotifications("Amina X. is erased.");
        assertThat(classroom.learnersOf(group.id())).extracting(LearnerTile::shortName).containsExactly("Fatou X.");
        assertThat(_size(learnerGrid())).isEqualTo(1);
    }

    @Test
    void cancel_erases_nothing() {
        openThePrivacyPageOfTheGroup();

        clickInRow(0, "Erase");
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Cancel")));

        _assertNone(Dialog.class);
        assertThat(classroom.learnersOf(group.id())).hasSize(2);
    }

    @Test
    void anonymising_says_what_stays_and_what_goes_then_shows_her_without_name_or_picture() {
        openThePrivacyPageOfTheGroup();

        clickInRow(0, "Anonymise");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Anonymise Amina X.?");
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("privacy-loss")).getText())
                .contains("her picture, her code (she will not be able to sign in)");
        _click(_get(dialog, Button.class, spec -> spec.withText("Anonymise for good")));

        expectNotifications("Amina X. is anonymised.");
        assertThat(_getFormattedRow(learnerGrid(), 0)).contains("Apprenante 1", "Anonymised");
        assertThat(_find(actionsOfRow(0), Button.class, spec -> spec.withText("Anonymise"))).isEmpty();
        assertThat(_find(actionsOfRow(0), Anchor.class, spec -> spec.withClasses("privacy-export"))).hasSize(1);
        assertThat(classroom.signInTilesOf(group.id())).extracting(LearnerTile::shortName)
                .containsExactly("Fatou X.");
    }

    @Test
    void the_page_shows_which_groups_will_be_anonymised_and_when() {
        openThePrivacyPageOfTheGroup();

        @SuppressWarnings("unchecked")
        Grid<CohortRetention.Upcoming> retention = _get(Grid.class, spec -> spec.withClasses("retention-grid"));
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < _size(retention); i++) {
            rows.add(String.join(" | ", _getFormattedRow(retention, i)));
        }
        // The group started on 7 September 2026 for 12 weeks: it ends on 30 November 2026, anonymised a year later.
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Morning group", "30/11/2026", "30/11/2027",
                "2"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Every hour, the learners of groups that ended 12 "
                + "months ago are anonymised (setting digitalcentre.privacy.anonymise-after). Before that day, export "
                + "the data of those who ask for it."))).isNotNull();
    }

    @Test
    void a_teacher_cannot_open_the_page() {
        signInAsStaff("sabine");
        UI.getCurrent().navigate("privacy", QueryParameters.of("cohort", String.valueOf(group.id())));

        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        _assertNone(Grid.class, spec -> spec.withClasses("privacy-learner-list"));
    }

    @Test
    void the_learners_page_links_administrators_here() {
        signInAsStaff("ada");
        open("cohorts/" + group.id() + "/learners");

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("privacy-link"));
        assertThat(link.getHref()).isEqualTo("privacy?cohort=" + group.id());
        assertThat(link.getText()).isEqualTo("Export, anonymise or erase a learner");
    }

    private void clickInRow(int row, String buttonText) {
        _click(_get(actionsOfRow(row), Button.class, spec -> spec.withText(buttonText)));
    }

    private Component actionsOfRow(int row) {
        return _getCellComponent(learnerGrid(), row, "actions");
    }

    @SuppressWarnings("unchecked")
    private static Grid<LearnerDetails> learnerGrid() {
        return _get(Grid.class, spec -> spec.withClasses("privacy-learner-list"));
    }
}
