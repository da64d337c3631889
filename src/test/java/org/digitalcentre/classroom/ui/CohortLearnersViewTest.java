package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.ImportReport;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.classroom.LearnerPicture;
import org.digitalcentre.classroom.LearnerTile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class CohortLearnersViewTest extends KaribuTest {

    private Cohort mine;
    private Cohort hers;

    @BeforeEach
    void twoTeachersWithTheirCohorts() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        long nora = openStaffAccount("nora", Role.TEACHER);
        mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        hers = createCohort("Evening group", List.of(nora), "Leila");
    }

    @Test
    void the_page_shows_the_groups_learners() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        assertThat(_get(H1.class).getText()).isEqualTo("Learners: Morning group");
        Grid<LearnerDetails> grid = learnerGrid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("Amina X.");
        assertThat(_getFormattedRow(grid, 1)).contains("Fatou X.");
    }

    @Test
    void add_enrols_her_and_shows_her_code_once() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        fillNewLearner("Aïcha", "d", LearnerPicture.MOON, "4821");
        clickButton("Add");

        expectNotifications("Aïcha is enrolled. Her code: 4821.");
        Grid<LearnerDetails> grid = learnerGrid();
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 1)).contains("Aïcha D.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).getValue()).isEmpty();
        LearnerTile aicha = classroom.learnersOf(mine.id()).stream().filter(l -> l.shortName().equals("Aïcha D."))
                .findFirst().orElseThrow();
        assertThat(aicha.picture()).isEqualTo(LearnerPicture.MOON);
        assertThat(classroom.checkCode(aicha.id(), "4821").accepted()).isTrue();
    }

    @Test
    void a_code_of_three_digits_is_refused_under_the_code_field_and_nobody_is_enrolled() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        fillNewLearner("Aïcha", "D", LearnerPicture.MOON, "482");
        clickButton("Add");

        TextField code = _get(TextField.class, spec -> spec.withLabel("Code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code has 4 digits.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).isInvalid()).isFalse();
        assertThat(_size(learnerGrid())).isEqualTo(2);
        assertThat(classroom.learnersOf(mine.id())).hasSize(2);
    }

    @Test
    void uploading_a_csv_shows_who_was_enrolled_with_her_code_and_which_lines_were_left_out_and_why() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        _upload(_get(Upload.class), "learners.csv", "text/csv", csv("""
                prénom;initiale;code
                Hélène;M;7302
                ;K;2345
                Sara;T;12
                """));

        assertThat(_get(Div.class, spec -> spec.withClasses("import-report")).getElement().getTextRecursively())
                .contains("Enrolled: 1. Lines left out: 2.");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Enrolled> enrolled = _get(Grid.class, spec -> spec.withClasses("import-enrolled"));
        assertThat(_size(enrolled)).isEqualTo(1);
        assertThat(_getFormattedRow(enrolled, 0)).contains("2", "Hélène M.", "7302");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Rejected> rejected = _get(Grid.class, spec -> spec.withClasses("import-rejected"));
        assertThat(_size(rejected)).isEqualTo(2);
        assertThat(_getFormattedRow(rejected, 0)).contains("3", "Type the first name.");
        assertThat(_getFormattedRow(rejected, 1)).contains("4", "The code has 4 digits.");
        assertThat(_size(learnerGrid())).isEqualTo(3);
        assertThat(classroom.learnersOf(mine.id())).extracting(LearnerTile::shortName)
                .containsExactly("Amina X.", "Fatou X.", "Hélène M.");
    }

    @Test
    void uploading_a_file_without_a_first_name_column_says_so_and_enrols_nobody() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        _upload(_get(Upload.class), "learners.csv", "text/csv", csv("""
                nom;code
                Diallo;1234
                """));

        Div problem = _get(Div.class, spec -> spec.withClasses("import-problem"));
        assertThat(problem.getElement().getTextRecursively())
                .isEqualTo("The first line must name the columns, with at least “first name”.");
        _assertNone(Grid.class, spec -> spec.withClasses("import-enrolled"));
        assertThat(_size(learnerGrid())).isEqualTo(2);
        assertThat(classroom.learnersOf(mine.id())).hasSize(2);
    }

    @Test
    void new_code_gives_her_a_code_she_signs_in_with() {
        signInAsStaff("sabine");
        openLearnersOf(mine);

        clickInRow(0, "New code");
        Dialog dialog = _get(Dialog.class);
        TextField code = _get(dialog, TextField.class, spec -> spec.withLabel("Code"));
        _setValue(code, "43");
        clickButton("Save");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code has 4 digits.");

        _setValue(code, "4321");
        clickButton("Save");

        _assertNone(Dialog.class);
        expectNotifications("Amina X.’s new code: 4321.");
        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", "4321");
        assertThat(currentPath()).isEqualTo("home");
    }

    @Test
    void unlock_shows_only_for_a_locked_learner_and_unlocks_her() {
        long amina = mine.learnerIds()[0];
        for (int i = 0; i < 5; i++) {
            classroom.checkCode(amina, "9090");
        }
        signInAsStaff("sabine");
        openLearnersOf(mine);

        assertThat(_getFormattedRow(learnerGrid(), 0)).contains("Amina X.", "Locked");
        _assertNone(actionsOfRow(1), Button.class, spec -> spec.withText("Unlock"));
        clickInRow(0, "Unlock");

        expectNotifications("Amina X. can type her code again.");
        assertThat(classroom.learner(amina).orElseThrow().locked()).isFalse();
        assertThat(_getFormattedRow(learnerGrid(), 0)).doesNotContain("Locked");
        _assertNone(actionsOfRow(0), Button.class, spec -> spec.withText("Unlock"));
        assertThat(classroom.checkCode(amina, codeOf(0)).accepted()).isTrue();
    }

    @Test
    void a_teacher_opening_another_teachers_group_by_its_address_sees_a_private_page() {
        signInAsStaff("sabine");

        openLearnersOf(hers);

        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        _assertNone(Grid.class);
        _assertNone(Upload.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Leila", "Evening group");
    }

    private void fillNewLearner(String firstName, String initial, LearnerPicture picture, String code) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), firstName);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Initial of the last name")), initial);
        @SuppressWarnings("unchecked")
        Select<LearnerPicture> pictures = _get(Select.class, spec -> spec.withLabel("Picture"));
        _setValue(pictures, picture);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
    }

    private void clickInRow(int row, String buttonText) {
        _click(_get(actionsOfRow(row), Button.class, spec -> spec.withText(buttonText)));
    }

    private Component actionsOfRow(int row) {
        return _getCellComponent(learnerGrid(), row, "actions");
    }

    private static void openLearnersOf(Cohort cohort) {
        open("cohorts/" + cohort.id() + "/learners");
    }

    @SuppressWarnings("unchecked")
    private static Grid<LearnerDetails> learnerGrid() {
        return _get(Grid.class, spec -> spec.withClasses("learner-list"));
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
