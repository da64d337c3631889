package org.digitalcentre.learning;

import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Step;
import org.digitalcentre.content.TrueFalseExercise;
import org.digitalcentre.learning.LearningService.GivenAnswer;
import org.digitalcentre.learning.LearningService.ModuleVisit;
import org.digitalcentre.learning.LearningService.ResumePoint;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A learner taking the fixture module {@code test-browsing}: intro, where-to-type (single choice, right answer
 * "address-bar"), padlock (true or false, right answer true), end. The clock moves only when a test moves it.
 */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LearningServiceTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-09-07T08:00:00Z");
    private static final Answer ADDRESS_BAR = new Answer.Choices(Set.of("address-bar"));
    private static final Answer PAGE = new Answer.Choices(Set.of("page"));
    private static final Answer TRUE = new Answer.TrueOrFalse(true);
    private static final Answer FALSE = new Answer.TrueOrFalse(false);

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    MovableClock clock;

    private Module browsing;
    /** A second module, for the questions that need two. */
    private Module secondModule;
    private long amina;

    @BeforeEach
    void aminaIsEnrolled() {
        clock.setTo(MONDAY_MORNING);
        browsing = catalogue.module("test-browsing").orElseThrow();
        secondModule = withIdAndSteps(browsing, "test-browsing-again", browsing.steps());
        amina = new People(staffAccounts, classroom).createCohort("Morning group", List.of(), "Amina")
                .learnerIds()[0];
    }

    @Test
    void only_her_first_answer_to_an_exercise_is_her_first_try() {
        answer(browsing, "where-to-type", PAGE);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);
        answer(secondModule, "where-to-type", ADDRESS_BAR);

        List<AttemptRecord> attempts = learning.attemptsOf(amina);

        assertThat(attempts).extracting(AttemptRecord::moduleId, AttemptRecord::exerciseId, AttemptRecord::correct,
                AttemptRecord::firstTry).containsExactly(
                tuple("test-browsing-again", "where-to-type", true, true),
                tuple("test-browsing", "padlock", true, true),
                tuple("test-browsing", "where-to-type", true, false),
                tuple("test-browsing", "where-to-type", false, true));
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.contentVersion()).isEqualTo(browsing.version()));
    }

    @Test
    void an_answer_is_graded_and_timed_from_when_the_exercise_appeared() {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(25));

        Grade grade = learning.answer(amina, browsing, exercise("where-to-type"), ADDRESS_BAR, "en", shownAt, true);

        assertThat(grade).isEqualTo(new Grade(true, 100));
        AttemptRecord attempt = learning.attemptsOf(amina).get(0);
        assertThat(attempt.timeSpentMs()).isEqualTo(25_000);
        // Written with plain SQL, read by JPA: the same moments, whatever the machine's time zone.
        assertThat(attempt.startedAt()).isEqualTo(shownAt);
        assertThat(attempt.endedAt()).isEqualTo(clock.instant());
        assertThat(attempt.hintUsed()).isTrue();
        assertThat(attempt.score()).isEqualTo(100);
    }

    @Test
    void the_first_visit_opens_the_first_step_and_later_visits_the_step_she_was_on() {
        ModuleVisit first = learning.open(amina, browsing);

        assertThat(first.moduleId()).isEqualTo("test-browsing");
        assertThat(first.stepIndex()).isZero();
        assertThat(first.latestAnswers()).isEmpty();

        learning.moveTo(amina, browsing, 2);

        assertThat(learning.open(amina, browsing).stepIndex()).isEqualTo(2);
    }

    @Test
    void a_visit_shows_her_latest_answer_to_each_exercise() {
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", PAGE);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);
        answer(browsing, "padlock", FALSE);

        Map<String, GivenAnswer> latest = learning.open(amina, browsing).latestAnswers();

        assertThat(latest).containsOnly(
                Map.entry("where-to-type", new GivenAnswer(ADDRESS_BAR, true)),
                Map.entry("padlock", new GivenAnswer(FALSE, false)));
    }

    @Test
    void the_time_between_moves_adds_up_and_one_step_counts_at_most_ten_minutes() {
        learning.open(amina, browsing);
        clock.advance(Duration.ofSeconds(90));
        learning.moveTo(amina, browsing, 1);
        clock.advance(Duration.ofMinutes(30));
        learning.moveTo(amina, browsing, 2);
        clock.advance(Duration.ofSeconds(45));
        learning.moveTo(amina, browsing, 3);

        assertThat(result(browsing).secondsSpent()).isEqualTo(90 + 600 + 45);
    }

    @Test
    void the_days_she_was_away_do_not_count_as_time_spent_when_she_reopens_a_module() {
        learning.open(amina, browsing);
        clock.advance(Duration.ofSeconds(40));
        learning.moveTo(amina, browsing, 1);
        clock.advance(Duration.ofDays(2));

        learning.open(amina, browsing);
        clock.advance(Duration.ofSeconds(20));
        learning.moveTo(amina, browsing, 2);

        assertThat(result(browsing).secondsSpent()).isEqualTo(40 + 20);
    }

    @Test
    void time_spent_answering_counts_as_time_in_the_module() {
        learning.open(amina, browsing);
        Instant shown = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        learning.answer(amina, browsing, browsing.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("address-bar")), "en", shown, false);

        assertThat(result(browsing).secondsSpent()).isEqualTo(30);
    }

    @Test
    void a_module_she_has_not_opened_has_no_result_yet() {
        learning.open(amina, secondModule);

        assertThat(learning.resultsOf(amina, this::module)).containsOnlyKeys("test-browsing-again");
    }

    @Test
    void opening_a_module_puts_it_in_progress() {
        learning.open(amina, browsing);

        ModuleResult result = result(browsing);
        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.exercisesAnswered()).isZero();
        assertThat(result.exerciseCount()).isEqualTo(2);
    }

    @Test
    void every_exercise_answered_with_one_wrong_first_try_is_done_but_not_mastered() {
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", PAGE);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);

        ModuleResult result = result(browsing);
        assertThat(browsing.masteryPercent()).isEqualTo(80);
        assertThat(result.status()).isEqualTo(ModuleStatus.DONE);
        assertThat(result.exercisesAnswered()).isEqualTo(2);
        assertThat(result.firstTryRight()).isEqualTo(1);
        assertThat(result.score()).isEqualTo(50);
    }

    @Test
    void every_first_try_right_masters_the_module() {
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);

        ModuleResult result = result(browsing);
        assertThat(result.status()).isEqualTo(ModuleStatus.MASTERED);
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.firstTryRight()).isEqualTo(2);
    }

    @Test
    void the_score_is_the_mean_of_first_tries_over_all_the_exercises() {
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", ADDRESS_BAR);

        ModuleResult halfway = result(browsing);
        assertThat(halfway.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(halfway.score()).isEqualTo(50);

        answer(browsing, "padlock", FALSE);
        answer(browsing, "padlock", TRUE);

        assertThat(result(browsing).score()).isEqualTo(50);
    }

    @Test
    void an_answer_to_an_exercise_the_module_no_longer_has_does_not_count() {
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);
        TrueFalseExercise rewritten = new TrueFalseExercise("padlock-rewritten", exercise("padlock").prompt(), true,
                exercise("padlock").feedback(), null);
        Module changed = withIdAndSteps(browsing, browsing.id(), List.of(browsing.steps().get(0),
                browsing.steps().get(1), rewritten, browsing.steps().get(3)));

        ModuleResult result = learning.resultsOf(amina, id -> Optional.of(changed)).get(browsing.id());

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.exercisesAnswered()).isEqualTo(1);
        assertThat(result.exerciseCount()).isEqualTo(2);
        assertThat(result.score()).isEqualTo(50);
    }

    @Test
    void she_resumes_in_the_unfinished_module_and_step_she_touched_last() {
        assertThat(learning.whereSheLeftOff(amina, this::module)).isEmpty();

        learning.open(amina, browsing);
        learning.moveTo(amina, browsing, 2);
        clock.advance(Duration.ofMinutes(1));
        learning.open(amina, secondModule);
        learning.moveTo(amina, secondModule, 1);

        assertThat(learning.whereSheLeftOff(amina, this::module))
                .contains(new ResumePoint("test-browsing-again", 1));

        clock.advance(Duration.ofMinutes(1));
        learning.moveTo(amina, browsing, 3);

        assertThat(learning.whereSheLeftOff(amina, this::module)).contains(new ResumePoint("test-browsing", 3));
    }

    @Test
    void a_finished_module_is_no_longer_offered_to_resume() {
        learning.open(amina, browsing);
        learning.moveTo(amina, browsing, 1);
        answer(browsing, "where-to-type", PAGE);
        answer(browsing, "padlock", TRUE);
        learning.moveTo(amina, browsing, 3);

        assertThat(learning.whereSheLeftOff(amina, this::module)).isEmpty();
    }

    @Test
    void after_finishing_one_module_she_resumes_the_other_she_had_started() {
        learning.open(amina, secondModule);
        learning.moveTo(amina, secondModule, 2);
        clock.advance(Duration.ofMinutes(1));
        learning.open(amina, browsing);
        answer(browsing, "where-to-type", ADDRESS_BAR);
        answer(browsing, "padlock", TRUE);

        assertThat(learning.whereSheLeftOff(amina, this::module))
                .contains(new ResumePoint("test-browsing-again", 2));
    }

    private Optional<Module> module(String id) {
        return Optional.of(browsing).filter(m -> m.id().equals(id))
                .or(() -> Optional.of(secondModule).filter(m -> m.id().equals(id)));
    }

    private ModuleResult result(Module module) {
        return learning.resultsOf(amina, this::module).get(module.id());
    }

    private Exercise exercise(String id) {
        return browsing.exercise(id).orElseThrow();
    }

    /** Answers a little after the exercise appeared, as she would; the clock moves on by ten seconds. */
    private Grade answer(Module module, String exerciseId, Answer answer) {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        return learning.answer(amina, module, exercise(exerciseId), answer, "en", shownAt, false);
    }

    private static Module withIdAndSteps(Module module, String id, List<Step> steps) {
        return new Module(id, module.topicId(), module.level(), module.competences(), module.minutes(),
                module.masteryPercent(), module.title(), module.summary(), steps, module.version(), module.folder());
    }
}
