package org.digitalcentre.plan;

import org.digitalcentre.MovableClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan of the Morning group (twelve weeks from Monday 7 September 2026; Sabine teaches it; Amina and Fatou
 * learn in it), with the two fixture modules {@code test-browsing} and {@code test-safety}. The clock stands on
 * Thursday 17 September, ten days after the start (week 2), until a test moves it. The view's drag and drop only
 * calls {@link CohortPlanService#move}; Karibu cannot drag, so moves are proved here.
 */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CohortPlanServiceTest {

    private static final Instant TEN_DAYS_AFTER_THE_START = Instant.parse("2026-09-17T08:00:00Z");
    private static final String BROWSING = "test-browsing";
    private static final String SAFETY = "test-safety";

    @Autowired
    CohortPlanService plans;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    MovableClock clock;

    private People people;
    private long morning;
    private long amina;
    private long fatou;
    private SignedIn sabine;

    @BeforeEach
    void sabineTeachesTheMorningGroup() {
        clock.setTo(TEN_DAYS_AFTER_THE_START);
        people = new People(staffAccounts, classroom);
        People.Cohort cohort = people.createCohort("Morning group",
                List.of(people.openStaffAccount("sabine", Role.TEACHER)), "Amina", "Fatou");
        morning = cohort.id();
        amina = cohort.learnerIds()[0];
        fatou = cohort.learnerIds()[1];
        sabine = staff("sabine");
    }

    @Test
    void the_plan_has_the_cohorts_weeks_and_knows_which_week_it_is() {
        CohortPlan plan = plans.plan(sabine, morning);

        assertThat(plan.weeks()).isEqualTo(12);
        assertThat(plan.currentWeek()).isEqualTo(2);
        assertThat(plan.today()).isEqualTo(LocalDate.of(2026, 9, 17));
        assertThat(plan.week(1)).isEmpty();
        assertThat(plan.hidden()).isEmpty();
        assertThat(plan.todaysWorkshop()).isEmpty();
    }

    @Test
    void adding_to_a_week_appends_in_order_and_ignores_a_module_already_in_that_week() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 12, BROWSING);

        CohortPlan plan = plans.plan(sabine, morning);
        assertThat(plan.week(1)).containsExactly(BROWSING, SAFETY);
        assertThat(plan.week(12)).containsExactly(BROWSING);
        assertThat(plan.modulesByWeek()).containsOnlyKeys(1, 12);
    }

    @Test
    void an_unknown_module_or_a_week_outside_the_programme_is_refused() {
        assertThatThrownBy(() -> plans.addToWeek(sabine, morning, 1, "no-such-module"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.addToWeek(sabine, morning, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.addToWeek(sabine, morning, 0, BROWSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.addToWeek(sabine, morning, 13, BROWSING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.setHidden(sabine, morning, "no-such-module", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.setTodaysWorkshop(sabine, morning, "no-such-module"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.assign(sabine, amina, "no-such-module"))
                .isInstanceOf(IllegalArgumentException.class);

        CohortPlan plan = plans.plan(sabine, morning);
        assertThat(plan.modulesByWeek()).isEmpty();
        assertThat(plan.hidden()).isEmpty();
        assertThat(plan.todaysWorkshop()).isEmpty();
        assertThat(plans.assignedTo(sabine, amina)).isEmpty();
    }

    @Test
    void a_module_can_not_be_moved_to_a_week_outside_the_programme() {
        plans.addToWeek(sabine, morning, 1, BROWSING);

        assertThatThrownBy(() -> plans.move(sabine, morning, 1, 0, 13, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans.move(sabine, morning, 1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(BROWSING);
    }

    @Test
    void a_module_moves_down_and_up_within_its_week() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);

        plans.move(sabine, morning, 1, 0, 1, 1);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY, BROWSING);

        plans.move(sabine, morning, 1, 1, 1, 0);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(BROWSING, SAFETY);
    }

    @Test
    void an_index_past_the_end_of_the_week_moves_the_module_to_the_end() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);

        plans.move(sabine, morning, 1, 0, 1, 99);

        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY, BROWSING);
        // The positions were renumbered: a module added now comes after both.
        plans.remove(sabine, morning, 1, 0);
        plans.addToWeek(sabine, morning, 1, SAFETY);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(BROWSING, SAFETY);
    }

    @Test
    void a_module_moved_to_another_week_is_inserted_at_the_index() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);

        plans.move(sabine, morning, 1, 1, 3, 0);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(BROWSING);
        assertThat(plans.plan(sabine, morning).week(3)).containsExactly(SAFETY);

        plans.move(sabine, morning, 1, 0, 3, 0);
        CohortPlan plan = plans.plan(sabine, morning);
        assertThat(plan.week(1)).isEmpty();
        assertThat(plan.week(3)).containsExactly(BROWSING, SAFETY);
        assertThat(plan.modulesByWeek()).containsOnlyKeys(3);
    }

    @Test
    void dropping_a_module_into_a_week_that_already_has_it_removes_the_moved_copy() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);
        plans.addToWeek(sabine, morning, 2, BROWSING);

        plans.move(sabine, morning, 1, 0, 2, 1);

        CohortPlan plan = plans.plan(sabine, morning);
        assertThat(plan.week(1)).containsExactly(SAFETY);
        assertThat(plan.week(2)).containsExactly(BROWSING);
        // The week it left was renumbered: a module added now comes last.
        plans.addToWeek(sabine, morning, 1, BROWSING);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY, BROWSING);
    }

    @Test
    void moving_from_a_place_where_there_is_no_module_changes_nothing() {
        plans.addToWeek(sabine, morning, 1, BROWSING);

        plans.move(sabine, morning, 1, 5, 2, 0);
        plans.move(sabine, morning, 4, 0, 2, 0);

        assertThat(plans.plan(sabine, morning).modulesByWeek()).isEqualTo(Map.of(1, List.of(BROWSING)));
    }

    @Test
    void removing_a_module_renumbers_the_rest_of_the_week() {
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.addToWeek(sabine, morning, 1, SAFETY);

        plans.remove(sabine, morning, 1, 0);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY);

        plans.addToWeek(sabine, morning, 1, BROWSING);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY, BROWSING);

        plans.remove(sabine, morning, 1, 1);
        plans.remove(sabine, morning, 1, 7);
        assertThat(plans.plan(sabine, morning).week(1)).containsExactly(SAFETY);
    }

    @Test
    void a_module_is_hidden_from_the_group_and_shown_again() {
        plans.setHidden(sabine, morning, BROWSING, true);
        plans.setHidden(sabine, morning, BROWSING, true);
        assertThat(plans.plan(sabine, morning).hidden()).containsExactly(BROWSING);

        plans.setHidden(sabine, morning, BROWSING, false);
        assertThat(plans.plan(sabine, morning).hidden()).isEmpty();

        plans.setHidden(sabine, morning, SAFETY, false);
        assertThat(plans.plan(sabine, morning).hidden()).isEmpty();
    }

    @Test
    void todays_workshop_is_for_today_only() {
        plans.setTodaysWorkshop(sabine, morning, BROWSING);

        assertThat(plans.plan(sabine, morning).todaysWorkshop()).contains(BROWSING);
        assertThat(plans.forLearner(amina).todaysWorkshop()).contains(BROWSING);

        clock.advance(Duration.ofDays(1));

        assertThat(plans.plan(sabine, morning).todaysWorkshop()).isEmpty();
        assertThat(plans.forLearner(amina).todaysWorkshop()).isEmpty();
    }

    @Test
    void choosing_another_workshop_replaces_todays_and_none_clears_it() {
        plans.setTodaysWorkshop(sabine, morning, BROWSING);
        plans.setTodaysWorkshop(sabine, morning, SAFETY);
        assertThat(plans.plan(sabine, morning).todaysWorkshop()).contains(SAFETY);

        plans.setTodaysWorkshop(sabine, morning, null);
        assertThat(plans.plan(sabine, morning).todaysWorkshop()).isEmpty();

        plans.setTodaysWorkshop(sabine, morning, null);
        assertThat(plans.plan(sabine, morning).todaysWorkshop()).isEmpty();
    }

    @Test
    void yesterdays_workshop_module_can_be_chosen_again_today() {
        plans.setTodaysWorkshop(sabine, morning, BROWSING);
        clock.advance(Duration.ofDays(1));

        plans.setTodaysWorkshop(sabine, morning, BROWSING);

        assertThat(plans.forLearner(amina).todaysWorkshop()).contains(BROWSING);
    }

    @Test
    void a_module_given_to_one_learner_is_hers_alone_until_it_is_taken_back() {
        plans.assign(sabine, amina, SAFETY);
        plans.assign(sabine, amina, SAFETY);

        assertThat(plans.assignedTo(sabine, amina)).containsExactly(SAFETY);
        assertThat(plans.forLearner(amina).forYou()).containsExactly(SAFETY);
        assertThat(plans.assignedTo(sabine, fatou)).isEmpty();
        assertThat(plans.forLearner(fatou).forYou()).isEmpty();

        plans.unassign(sabine, amina, SAFETY);

        assertThat(plans.assignedTo(sabine, amina)).isEmpty();
        assertThat(plans.forLearner(amina).forYou()).isEmpty();
    }

    @Test
    void modules_given_to_a_learner_come_in_the_order_they_were_given() {
        plans.assign(sabine, amina, SAFETY);
        clock.advance(Duration.ofMinutes(1));
        plans.assign(sabine, amina, BROWSING);

        assertThat(plans.forLearner(amina).forYou()).containsExactly(SAFETY, BROWSING);
    }

    @Test
    void another_teacher_is_refused_every_change_and_the_plan_itself() {
        people.openStaffAccount("nora", Role.TEACHER);
        SignedIn nora = staff("nora");
        plans.addToWeek(sabine, morning, 1, BROWSING);
        plans.assign(sabine, amina, BROWSING);

        assertRefused(() -> plans.plan(nora, morning));
        assertRefused(() -> plans.addToWeek(nora, morning, 1, SAFETY));
        assertRefused(() -> plans.move(nora, morning, 1, 0, 2, 0));
        assertRefused(() -> plans.remove(nora, morning, 1, 0));
        assertRefused(() -> plans.setHidden(nora, morning, BROWSING, true));
        assertRefused(() -> plans.setTodaysWorkshop(nora, morning, BROWSING));
        assertRefused(() -> plans.setTodaysWorkshop(nora, morning, null));
        assertRefused(() -> plans.assign(nora, amina, SAFETY));
        assertRefused(() -> plans.unassign(nora, amina, BROWSING));
        assertRefused(() -> plans.assignedTo(nora, amina));

        CohortPlan plan = plans.plan(sabine, morning);
        assertThat(plan.modulesByWeek()).isEqualTo(Map.of(1, List.of(BROWSING)));
        assertThat(plan.hidden()).isEmpty();
        assertThat(plan.todaysWorkshop()).isEmpty();
        assertThat(plans.assignedTo(sabine, amina)).containsExactly(BROWSING);
    }

    @Test
    void an_author_is_refused_the_plan() {
        people.openStaffAccount("alex", Role.AUTHOR);
        SignedIn alex = staff("alex");

        assertRefused(() -> plans.plan(alex, morning));
        assertRefused(() -> plans.addToWeek(alex, morning, 1, BROWSING));
        assertRefused(() -> plans.assign(alex, amina, BROWSING));
    }

    @Test
    void an_unknown_cohort_or_learner_is_refused_as_not_hers() {
        assertRefused(() -> plans.plan(sabine, 999_999));
        assertRefused(() -> plans.addToWeek(sabine, 999_999, 1, BROWSING));
        assertRefused(() -> plans.assign(sabine, 999_999, BROWSING));
    }

    @Test
    void an_administrator_may_change_any_cohorts_plan() {
        people.openStaffAccount("claire", Role.ADMIN);
        SignedIn claire = staff("claire");

        plans.addToWeek(claire, morning, 2, BROWSING);
        plans.addToWeek(claire, morning, 2, SAFETY);
        plans.move(claire, morning, 2, 1, 2, 0);
        plans.remove(claire, morning, 2, 1);
        plans.setHidden(claire, morning, BROWSING, true);
        plans.setTodaysWorkshop(claire, morning, SAFETY);
        plans.assign(claire, amina, SAFETY);

        CohortPlan plan = plans.plan(claire, morning);
        assertThat(plan).isEqualTo(plans.plan(sabine, morning));
        assertThat(plan.week(2)).containsExactly(SAFETY);
        assertThat(plan.hidden()).containsExactly(BROWSING);
        assertThat(plan.todaysWorkshop()).contains(SAFETY);
        assertThat(plans.assignedTo(claire, amina)).containsExactly(SAFETY);
    }

    @Test
    void her_home_has_todays_workshop_her_own_modules_and_this_weeks_modules() {
        plans.addToWeek(sabine, morning, 1, SAFETY);
        plans.addToWeek(sabine, morning, 2, BROWSING);
        plans.addToWeek(sabine, morning, 3, SAFETY);
        plans.addToWeek(sabine, morning, 3, BROWSING);
        plans.setTodaysWorkshop(sabine, morning, SAFETY);
        plans.assign(sabine, amina, BROWSING);

        LearnerPlan thursday = plans.forLearner(amina);
        assertThat(thursday.todaysWorkshop()).contains(SAFETY);
        assertThat(thursday.forYou()).containsExactly(BROWSING);
        assertThat(thursday.currentWeek()).isEqualTo(2);
        assertThat(thursday.thisWeek()).containsExactly(BROWSING);
        assertThat(thursday.mayOpen(BROWSING)).isTrue();
        assertThat(thursday.mayOpen(SAFETY)).isTrue();

        clock.advance(Duration.ofDays(4));

        LearnerPlan monday = plans.forLearner(amina);
        assertThat(monday.todaysWorkshop()).isEmpty();
        assertThat(monday.currentWeek()).isEqualTo(3);
        assertThat(monday.thisWeek()).containsExactly(SAFETY, BROWSING);
        assertThat(plans.forLearner(fatou).forYou()).isEmpty();
    }

    @Test
    void a_hidden_module_is_left_out_of_her_home_and_she_may_not_open_it() {
        plans.addToWeek(sabine, morning, 2, BROWSING);
        plans.addToWeek(sabine, morning, 2, SAFETY);
        plans.setTodaysWorkshop(sabine, morning, BROWSING);
        plans.assign(sabine, amina, BROWSING);

        plans.setHidden(sabine, morning, BROWSING, true);

        LearnerPlan plan = plans.forLearner(amina);
        assertThat(plan.todaysWorkshop()).isEmpty();
        assertThat(plan.forYou()).isEmpty();
        assertThat(plan.thisWeek()).containsExactly(SAFETY);
        assertThat(plan.mayOpen(BROWSING)).isFalse();
        assertThat(plan.mayOpen(SAFETY)).isTrue();
        // Hiding leaves the teacher's plan as it was, so showing the module again brings everything back.
        plans.setHidden(sabine, morning, BROWSING, false);
        LearnerPlan shownAgain = plans.forLearner(amina);
        assertThat(shownAgain.todaysWorkshop()).contains(BROWSING);
        assertThat(shownAgain.forYou()).containsExactly(BROWSING);
        assertThat(shownAgain.thisWeek()).containsExactly(BROWSING, SAFETY);
    }

    @Test
    void a_module_hidden_from_one_group_stays_open_to_another() {
        long leila = people.createCohort("Evening group", List.of(), "Leila").learnerIds()[0];

        plans.setHidden(sabine, morning, BROWSING, true);

        assertThat(plans.forLearner(amina).mayOpen(BROWSING)).isFalse();
        assertThat(plans.forLearner(leila).mayOpen(BROWSING)).isTrue();
    }

    @Test
    void a_learner_whose_cohort_has_no_plan_gets_empty_lists() {
        long leila = people.createCohort("Evening group", List.of(), "Leila").learnerIds()[0];
        plans.addToWeek(sabine, morning, 2, BROWSING);
        plans.setTodaysWorkshop(sabine, morning, BROWSING);

        LearnerPlan plan = plans.forLearner(leila);

        assertThat(plan.todaysWorkshop()).isEmpty();
        assertThat(plan.forYou()).isEmpty();
        assertThat(plan.thisWeek()).isEmpty();
        assertThat(plan.currentWeek()).isEqualTo(2);
        assertThat(plan.mayOpen(BROWSING)).isTrue();
        assertThat(plan.mayOpen(SAFETY)).isTrue();
    }

    @Test
    void an_unknown_learner_gets_no_plan() {
        assertThat(plans.forLearner(999_999)).isEqualTo(LearnerPlan.NONE);
    }

    private static void assertRefused(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOf(AccessDeniedException.class);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
