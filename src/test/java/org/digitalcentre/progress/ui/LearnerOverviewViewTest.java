package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.LearnerOverview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/** Amina answered the fixture module: where-to-type wrong then right, padlock right. Fatou has not started. */
class LearnerOverviewViewTest extends KaribuTest {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    CohortPlanService plans;
    @Autowired
    TeacherNotes notes;

    private Cohort mine;
    private long amina;

    @BeforeEach
    void aminaAnsweredTheBrowserModule() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        long nora = openStaffAccount("nora", Role.TEACHER);
        mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        createCohort("Evening group", List.of(nora), "Leila");
        amina = mine.learnerIds()[0];
        Module module = catalogue.module("test-browsing").orElseThrow();
        Instant shown = Instant.now().minusSeconds(30);
        learning.open(amina, module);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", shown, true);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("address-bar")), "en", shown, false);
        learning.answer(amina, module, module.exercise("padlock").orElseThrow(),
                new Answer.TrueOrFalse(true), "en", shown, false);
    }

    @Test
    void the_page_shows_her_name_her_modules_her_competences_and_her_answers() {
        signInAsStaff("sabine");
        openAminasPage();

        assertThat(_get(H1.class).getText()).isEqualTo("Amina X.");

        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("overview-modules"));
        assertThat(_size(modules)).as("every module of the catalogue").isEqualTo(2);
        assertThat(_getFormattedRow(modules, 0)).contains("The browser", "50%");
        assertThat(((Div) _getCellComponent(modules, 1, "status")).getElement().getTextRecursively())
                .isEqualTo("Not started");
        assertThat(((Div) _getCellComponent(modules, 0, "status")).getElement().getTextRecursively())
                .isEqualTo("Done");

        @SuppressWarnings("unchecked")
        Grid<LearnerOverview.CompetenceProgress> competences =
                _get(Grid.class, spec -> spec.withClasses("overview-competences"));
        assertThat(_size(competences)).as("1.1 and 4.2, one module each").isEqualTo(2);
        assertThat(_getFormattedRow(competences, 0)).containsExactly("1.1", "1 of 1", "50%");
        assertThat(_getFormattedRow(competences, 1)).containsExactly("4.2", "0 of 1", "");

        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_size(attempts)).isEqualTo(3);
        assertThat(_getFormattedRow(attempts, 0)).contains("The browser", "The padlock means: encrypted connection.",
                "True", "1st try");
        assertThat(_getFormattedRow(attempts, 1)).contains("Where do you type the address?", "In the address bar");
        assertThat(_getFormattedRow(attempts, 2)).contains("In the middle of the page", "1st try", "Hint seen");
        assertThat(((Div) _getCellComponent(attempts, 2, "result")).getElement().getTextRecursively())
                .isEqualTo("Wrong");
    }

    @Test
    void her_answers_come_right_after_her_modules_not_below_the_notes() {
        signInAsStaff("sabine");
        openAminasPage();

        List<String> sections = _get(LearnerOverviewView.class).getChildren()
                .filter(Section.class::isInstance)
                .map(section -> ((H2) section.getChildren().findFirst().orElseThrow()).getText()).toList();
        assertThat(sections).startsWith("Modules", "All her answers");
        assertThat(sections.indexOf("All her answers")).as("before the team notes")
                .isLessThan(sections.indexOf("Team notes"));
    }

    @Test
    void a_teacher_reads_where_she_is_not_where_i_am() {
        signInAsStaff("sabine");
        openAminasPage();

        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("overview-modules"));
        assertThat(modules.getColumnByKey("status").getHeaderText()).isEqualTo("Where she is");

        open("report/learner/" + amina);
        String report = _find(NativeTable.class).stream().map(t -> t.getElement().getTextRecursively())
                .reduce("", String::concat);
        assertThat(report).contains("Where she is").doesNotContain("Where I am");

        VaadinSession.getCurrent().setAttribute(Locale.class, Locale.FRENCH);
        UI.getCurrent().getPage().reload();
        openAminasPage();
        @SuppressWarnings("unchecked")
        Grid<Module> inFrench = _get(Grid.class, spec -> spec.withClasses("overview-modules"));
        assertThat(inFrench.getColumnByKey("status").getHeaderText()).isEqualTo("Où elle en est");
    }

    @Test
    void a_learner_who_has_not_started_has_no_answer_and_no_time_yet() {
        signInAsStaff("sabine");
        open("learner/" + mine.learnerIds()[1]);

        assertThat(_get(H1.class).getText()).isEqualTo("Fatou X.");
        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("overview-modules"));
        assertThat(((Div) _getCellComponent(modules, 0, "status")).getElement().getTextRecursively())
                .isEqualTo("Not started");
        _assertNone(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("No answer yet."))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText("No time spent yet."))).isNotNull();
    }

    @Test
    void a_note_written_by_the_teacher_is_listed_with_her_name() {
        signInAsStaff("sabine");
        openAminasPage();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Goals")), "Send an email alone");
        clickButton("Save the note");

        Div note = _get(Div.class, spec -> spec.withClasses("note"));
        assertThat(note.getElement().getTextRecursively()).contains("by sabine Name", "Send an email alone");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Goals")).getValue()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText()).isEmpty();
        assertThat(notes.notesOn(staff("sabine"), amina)).hasSize(1);
    }

    @Test
    void an_empty_note_shows_a_message_and_saves_nothing() {
        signInAsStaff("sabine");
        openAminasPage();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Barriers")), "   ");
        clickButton("Save the note");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Write at least one part of the note.");
        _assertNone(Div.class, spec -> spec.withClasses("note"));
        assertThat(notes.notesOn(staff("sabine"), amina)).isEmpty();
    }

    @Test
    void a_part_that_is_too_long_is_marked_with_its_own_limit() {
        signInAsStaff("sabine");
        openAminasPage();
        TextArea goals = _get(TextArea.class, spec -> spec.withLabel("Goals"));

        _setValue(goals, "a".repeat(2001));
        clickButton("Save the note");

        assertThat(goals.isInvalid()).isTrue();
        assertThat(goals.getErrorMessage()).isEqualTo("This text is too long (2,000 characters at most).");
        assertThat(notes.notesOn(staff("sabine"), amina)).isEmpty();

        _setValue(goals, "");
        TextArea freeText = _get(TextArea.class, spec -> spec.withLabel("Free note"));
        _setValue(freeText, "a".repeat(4001));
        clickButton("Save the note");

        assertThat(goals.isInvalid()).isFalse();
        assertThat(freeText.isInvalid()).isTrue();
        assertThat(freeText.getErrorMessage()).isEqualTo("This text is too long (4,000 characters at most).");
        assertThat(notes.notesOn(staff("sabine"), amina)).isEmpty();
    }

    @Test
    void a_module_given_to_her_shows_on_her_home_for_her() {
        signInAsStaff("sabine");
        openAminasPage();

        giveHer("The browser");

        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("for-you-list")).getElement()
                .getTextRecursively()).contains("The browser");
        assertThat(plans.assignedTo(staff("sabine"), amina)).containsExactly("test-browsing");

        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        assertThat(currentPath()).isEqualTo("home");
        assertThat(_get(Section.class, spec -> spec.withClasses("for-you")).getElement().getTextRecursively())
                .contains("For you", "The browser");
    }

    @Test
    void the_trash_button_takes_the_module_back() {
        signInAsStaff("sabine");
        openAminasPage();
        giveHer("The browser");

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove “The browser”")));

        UnorderedList forHer = _get(UnorderedList.class, spec -> spec.withClasses("for-you-list"));
        assertThat(_find(forHer, ListItem.class)).isEmpty();
        assertThat(plans.assignedTo(staff("sabine"), amina)).isEmpty();

        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        _assertNone(Section.class, spec -> spec.withClasses("for-you"));
    }

    @Test
    void another_teacher_sees_a_private_page() {
        signInAsStaff("nora");

        openAminasPage();

        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        _assertNone(Grid.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Amina");
    }

    @Test
    void a_learner_is_denied_her_own_teachers_page() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        openAminasPage();

        _assertNone(Grid.class);
        _assertNone(TextArea.class);
        assertThat(currentPath()).isEqualTo("learner/" + amina);
        assertThat(_get(H1.class).getText()).isIn("Private page", "Page not found");
    }

    private void openAminasPage() {
        open("learner/" + amina);
    }

    private static void giveHer(String moduleTitle) {
        @SuppressWarnings("unchecked")
        ComboBox<Module> module = _get(ComboBox.class, spec -> spec.withLabel("Module"));
        _setValue(module, module.getListDataView().getItems()
                .filter(m -> m.title().in("en").equals(moduleTitle)).findFirst().orElseThrow());
        clickButton("Give her this module");
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
