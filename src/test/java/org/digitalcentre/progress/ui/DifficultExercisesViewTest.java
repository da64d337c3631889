package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.progress.AnswerLine;
import org.digitalcentre.progress.DifficultExercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;

/**
 * Four learners answered the fixture module: where-to-type right at the first try for Amina only (the three others
 * chose "the page", Fatou and Leila then the address bar); padlock right for all but Mariam.
 */
class DifficultExercisesViewTest extends KaribuTest {

    private static final String WHERE_TO_TYPE = "Where do you type the address?";

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    CohortPlanService plans;

    private Cohort mine;
    private Cohort hers;

    @BeforeEach
    void fourLearnersAnsweredTheBrowserModule() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        long nora = openStaffAccount("nora", Role.TEACHER);
        mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou", "Leila", "Mariam");
        hers = createCohort("Evening group", List.of(nora), "Nadia");
        long amina = mine.learnerIds()[0];
        long fatou = mine.learnerIds()[1];
        long leila = mine.learnerIds()[2];
        long mariam = mine.learnerIds()[3];
        Answer addressBar = new Answer.Choices(Set.of("address-bar"));
        Answer page = new Answer.Choices(Set.of("page"));
        answer(amina, "where-to-type", addressBar);
        answer(fatou, "where-to-type", page);
        answer(leila, "where-to-type", page);
        answer(mariam, "where-to-type", page);
        answer(fatou, "where-to-type", addressBar);
        answer(leila, "where-to-type", addressBar);
        answer(amina, "padlock", new Answer.TrueOrFalse(true));
        answer(fatou, "padlock", new Answer.TrueOrFalse(true));
        answer(leila, "padlock", new Answer.TrueOrFalse(true));
        answer(mariam, "padlock", new Answer.TrueOrFalse(false));
    }

    @Test
    void the_hardest_exercise_comes_first_with_its_success_and_most_common_wrong_answer() {
        signInAsStaff("sabine");
        open("difficult/" + mine.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Difficult exercises");
        Grid<DifficultExercise> grid = difficultGrid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("The browser", WHERE_TO_TYPE);
        assertThat(_getFormatted(grid, 0, "success")).isEqualTo("1 of 4 (25%)");
        assertThat(_getFormatted(grid, 0, "wrong")).isEqualTo("“In the middle of the page” (3)");
        assertThat(_getFormattedRow(grid, 1)).contains("The padlock means: encrypted connection.");
        assertThat(_getFormatted(grid, 1, "success")).isEqualTo("3 of 4 (75%)");
        assertThat(_getFormatted(grid, 1, "wrong")).isEqualTo("“False” (1)");
    }

    @Test
    void who_answered_what_lists_each_answer_with_the_learners_name() {
        signInAsStaff("sabine");
        open("difficult/" + mine.id());

        _click(_get(_getCellComponent(difficultGrid(), 0, "actions"), Button.class,
                spec -> spec.withText("Who answered what")));

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo(WHERE_TO_TYPE);
        @SuppressWarnings("unchecked")
        Grid<AnswerLine> answers = _get(dialog, Grid.class, spec -> spec.withClasses("who-answered"));
        assertThat(_size(answers)).isEqualTo(6);
        assertThat(_getFormattedRow(answers, 0)).containsSubsequence("Amina X.", "In the address bar", "Right",
                "1st try");
        assertThat(_getFormattedRow(answers, 1)).containsSubsequence("Fatou X.", "In the middle of the page", "Wrong",
                "1st try");
        assertThat(_getFormattedRow(answers, 3)).containsSubsequence("Mariam X.", "In the middle of the page",
                "Wrong", "1st try");
        assertThat(_getFormattedRow(answers, 4)).containsSubsequence("Fatou X.", "In the address bar", "Right", "");
        assertThat(_getFormattedRow(answers, 5).get(0)).isEqualTo("Leila X.");

        _click(_get(dialog, Button.class, spec -> spec.withText("Close")));

        _assertNone(Dialog.class);
    }

    @Test
    void a_suggestion_is_added_to_the_plan_in_one_click() {
        signInAsStaff("sabine");
        CohortPlan before = plans.plan(staff("sabine"), mine.id());
        int nextWeek = Math.min(before.weeks(), before.currentWeek() + 1);
        assertThat(before.week(nextWeek)).doesNotContain("test-browsing");
        open("difficult/" + mine.id());

        List<ListItem> suggestions = _find(ListItem.class, spec -> spec.withClasses("suggestion"));
        assertThat(suggestions).hasSize(2);
        ListItem exercise = suggestions.get(0);
        assertThat(exercise.getElement().getTextRecursively()).contains(
                "“" + WHERE_TO_TYPE + "” (The browser): 3 of 4 learners were wrong at the first try.");
        assertThat(suggestions.get(1).getElement().getTextRecursively())
                .contains("Competence 1.1: review it with “The browser” (4 of 8 first tries wrong).");

        _click(_get(exercise, Button.class, spec -> spec.withText("Review in week " + nextWeek)));

        expectNotifications("“The browser” added to week " + nextWeek + ".");
        assertThat(plans.plan(staff("sabine"), mine.id()).week(nextWeek)).containsExactly("test-browsing");
    }

    @Test
    void the_modules_link_keeps_only_that_modules_exercises() {
        signInAsStaff("sabine");

        UI.getCurrent().navigate("difficult/" + mine.id(), QueryParameters.of("module", "test-browsing"));

        assertThat(_size(difficultGrid())).isEqualTo(2);

        UI.getCurrent().navigate("difficult/" + mine.id(), QueryParameters.of("module", "another-module"));

        _assertNone(Grid.class, spec -> spec.withClasses("difficult-grid"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("No answer to this module in this group yet.")))
                .isNotNull();
    }

    @Test
    void a_group_without_answers_has_neither_exercises_nor_suggestions() {
        signInAsStaff("nora");
        open("difficult/" + hers.id());

        _assertNone(Grid.class, spec -> spec.withClasses("difficult-grid"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("No answer in this group yet."))).isNotNull();
        assertThat(_get(Paragraph.class,
                spec -> spec.withText("No suggestion: no exercise troubled several learners."))).isNotNull();
    }

    @Test
    void another_teachers_group_is_a_private_page() {
        signInAsStaff("nora");

        open("difficult/" + mine.id());

        assertThat(currentPath()).isEqualTo("difficult/" + mine.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        _assertNone(Grid.class);
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Amina", WHERE_TO_TYPE);
    }

    private void answer(long learnerId, String exerciseId, Answer answer) {
        Module module = catalogue.module("test-browsing").orElseThrow();
        learning.answer(learnerId, module, module.exercise(exerciseId).orElseThrow(), answer, "en",
                Instant.now().minusSeconds(30), false);
    }

    @SuppressWarnings("unchecked")
    private static Grid<DifficultExercise> difficultGrid() {
        return _get(Grid.class, spec -> spec.withClasses("difficult-grid"));
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
