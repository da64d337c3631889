package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.CohortGrid;
import org.digitalcentre.progress.CohortProgressService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class CohortProgressViewTest extends KaribuTest {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    CohortProgressService progress;

    private Cohort mine;
    private Cohort hers;

    @BeforeEach
    void twoTeachersWithTheirCohorts() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        long nora = openStaffAccount("nora", Role.TEACHER);
        mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        hers = createCohort("Evening group", List.of(nora), "Leila");
        Module module = catalogue.module("test-browsing").orElseThrow();
        long amina = mine.learnerIds()[0];
        Instant shown = Instant.now().minusSeconds(30);
        learning.open(amina, module);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", shown, true);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("address-bar")), "en", shown, true);
        learning.answer(amina, module, module.exercise("padlock").orElseThrow(),
                new Answer.TrueOrFalse(true), "en", shown, false);
    }

    @Test
    void the_teacher_sees_each_learners_status_and_score_and_her_attempts() {
        signInAsStaff("sabine");
        open("cohort-progress");

        @SuppressWarnings("unchecked")
        Grid<CohortGrid.LearnerRow> grid = _get(Grid.class, spec -> spec.withClasses("cohort-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0).get(0)).isEqualTo("Amina X.");
        Div amina = (Div) _getCellComponent(grid, 0, "test-browsing");
        assertThat(amina.getElement().getTextRecursively()).contains("Done").contains("Score 50%");
        Div fatou = (Div) _getCellComponent(grid, 1, "test-browsing");
        assertThat(fatou.getElement().getTextRecursively()).isEqualTo("Not started");

        _selectRow(grid, 0);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_size(attempts)).isEqualTo(3);
        List<String> wrong = _getFormattedRow(attempts, 2);
        assertThat(wrong).contains("The browser", "Where do you type the address?", "In the middle of the page",
                "1st try", "Hint seen");
        assertThat(((Div) _getCellComponent(attempts, 2, "result")).getElement().getTextRecursively()).isEqualTo("Wrong");
        assertThat(((Div) _getCellComponent(attempts, 0, "result")).getElement().getTextRecursively()).isEqualTo("Right");
    }

    @Test
    void a_teacher_is_offered_only_her_own_cohorts() {
        signInAsStaff("sabine");
        open("cohort-progress");

        @SuppressWarnings("unchecked")
        Select<CohortCard> cohorts = _get(Select.class, spec -> spec.withLabel("Group"));
        assertThat(cohorts.getListDataView().getItems().map(CohortCard::name)).containsExactly("Morning group");
    }

    @Test
    void a_teacher_can_not_read_another_teachers_cohort_or_learner_through_the_service() {
        signInAsStaff("sabine");
        var sabine = (org.digitalcentre.base.SignedIn) SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal();

        assertThatThrownBy(() -> progress.grid(sabine, hers.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> progress.attemptsOf(sabine, hers.learnerIds()[0], "en", java.util.Map.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_sees_every_cohort() {
        openStaffAccount("claire", Role.ADMIN);
        signInAsStaff("claire");
        open("cohort-progress");

        @SuppressWarnings("unchecked")
        Select<CohortCard> cohorts = _get(Select.class, spec -> spec.withLabel("Group"));
        assertThat(cohorts.getListDataView().getItems().map(CohortCard::name))
                .contains("Morning group", "Evening group");
    }

    @Test
    void a_learner_is_denied_the_teachers_view() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        open("cohort-progress");

        _assertNone(Grid.class);
        assertThat(currentPath()).isNotEqualTo("home").isEqualTo("cohort-progress");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isIn("Private page", "Page not found");
    }

    @Test
    void nobody_signed_in_is_sent_to_the_staff_login() {
        open("cohort-progress");

        assertThat(currentPath()).isEqualTo("login");
    }
}
