package org.digitalcentre.progress;

import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a teacher learns about her group from the fixture module {@code test-browsing} (competence 1.1), with four
 * learners who answered it as follows, ten seconds apart, in this order:
 * <pre>
 *   where-to-type (right: the address bar)       padlock (right: true)
 *   Amina   address bar                          true
 *   Fatou   page, then address bar               true
 *   Leila   page, then address bar               true
 *   Mariam  page                                 false, then true
 * </pre>
 * So where-to-type is right at the first try for 1 of 4 (25%), padlock for 3 of 4 (75%), and competence 1.1 for
 * 4 of 8 first tries (50%, under the 60% that calls for a review). The clock moves only when the test moves it.
 */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CohortInsightsTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-09-07T08:00:00Z");
    private static final Answer ADDRESS_BAR = new Answer.Choices(Set.of("address-bar"));
    private static final Answer PAGE = new Answer.Choices(Set.of("page"));
    private static final Answer TRUE = new Answer.TrueOrFalse(true);
    private static final Answer FALSE = new Answer.TrueOrFalse(false);
    private static final Map<Boolean, String> YES_NO = Map.of(true, "True", false, "False");
    private static final String WHERE_TO_TYPE = "Where do you type the address?";
    private static final String PADLOCK = "The padlock means: encrypted connection.";

    @Autowired
    CohortProgressService progress;
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
    private People.Cohort mine;
    private long amina;
    private long fatou;
    private long leila;
    private long mariam;

    @BeforeEach
    void fourLearnersAnsweredTheBrowserModule() {
        clock.setTo(MONDAY_MORNING);
        browsing = catalogue.module("test-browsing").orElseThrow();
        People people = new People(staffAccounts, classroom);
        long sabine = people.openStaffAccount("sabine", Role.TEACHER);
        long nora = people.openStaffAccount("nora", Role.TEACHER);
        people.openStaffAccount("claire", Role.ADMIN);
        mine = people.createCohort("Morning group", List.of(sabine), "Amina", "Fatou", "Leila", "Mariam");
        people.createCohort("Evening group", List.of(nora), "Nadia");
        amina = mine.learnerIds()[0];
        fatou = mine.learnerIds()[1];
        leila = mine.learnerIds()[2];
        mariam = mine.learnerIds()[3];

        answer(amina, "where-to-type", ADDRESS_BAR);
        answer(fatou, "where-to-type", PAGE);
        answer(leila, "where-to-type", PAGE);
        answer(mariam, "where-to-type", PAGE);
        answer(fatou, "where-to-type", ADDRESS_BAR);
        answer(leila, "where-to-type", ADDRESS_BAR);
        answer(amina, "padlock", TRUE);
        answer(fatou, "padlock", TRUE);
        answer(leila, "padlock", TRUE);
        answer(mariam, "padlock", FALSE);
        answer(mariam, "padlock", TRUE);
    }

    @Test
    void the_hardest_exercise_comes_first_with_its_first_try_figures() {
        List<DifficultExercise> exercises = progress.difficultExercises(staff("sabine"), mine.id(), "en", YES_NO);

        assertThat(exercises).extracting(DifficultExercise::moduleId, DifficultExercise::moduleTitle,
                        DifficultExercise::exerciseId, DifficultExercise::prompt, DifficultExercise::learners,
                        DifficultExercise::rightFirstTime, DifficultExercise::successPercent,
                        DifficultExercise::struggled)
                .containsExactly(
                        tuple("test-browsing", "The browser", "where-to-type", WHERE_TO_TYPE, 4, 1, 25, 3),
                        tuple("test-browsing", "The browser", "padlock", PADLOCK, 4, 3, 75, 1));
    }

    @Test
    void the_most_common_wrong_answer_is_in_the_teachers_words_with_how_many_gave_it() {
        List<DifficultExercise> exercises = progress.difficultExercises(staff("sabine"), mine.id(), "en", YES_NO);

        assertThat(exercises.get(0).wrongAnswers())
                .containsExactly(new DifficultExercise.WrongAnswer("In the middle of the page", 3));
        assertThat(exercises.get(1).wrongAnswers()).containsExactly(new DifficultExercise.WrongAnswer("False", 1));
    }

    @Test
    void the_wrong_answers_count_every_wrong_try_not_only_first_tries() {
        answer(mariam, "where-to-type", PAGE);

        DifficultExercise whereToType = progress.difficultExercises(staff("sabine"), mine.id(), "en", YES_NO).get(0);

        assertThat(whereToType.wrongAnswers())
                .containsExactly(new DifficultExercise.WrongAnswer("In the middle of the page", 4));
        assertThat(whereToType.learners()).isEqualTo(4);
        assertThat(whereToType.rightFirstTime()).isEqualTo(1);
    }

    @Test
    void who_answered_what_lists_every_answer_oldest_first_with_names_and_first_tries() {
        List<AnswerLine> answers = progress.answersTo(staff("sabine"), mine.id(), "test-browsing", "where-to-type",
                "en", YES_NO);

        assertThat(answers).extracting(AnswerLine::learnerId, AnswerLine::learnerName, AnswerLine::answer,
                AnswerLine::correct, AnswerLine::firstTry).containsExactly(
                tuple(amina, "Amina X.", "In the address bar", true, true),
                tuple(fatou, "Fatou X.", "In the middle of the page", false, true),
                tuple(leila, "Leila X.", "In the middle of the page", false, true),
                tuple(mariam, "Mariam X.", "In the middle of the page", false, true),
                tuple(fatou, "Fatou X.", "In the address bar", true, false),
                tuple(leila, "Leila X.", "In the address bar", true, false));
        assertThat(answers.get(0).answeredAt()).isEqualTo(MONDAY_MORNING.plusSeconds(10));
        assertThat(answers).extracting(AnswerLine::answeredAt).isSorted();

        assertThat(progress.answersTo(staff("sabine"), mine.id(), "test-browsing", "padlock", "en", YES_NO))
                .extracting(AnswerLine::learnerName, AnswerLine::answer, AnswerLine::correct, AnswerLine::firstTry)
                .containsExactly(
                        tuple("Amina X.", "True", true, true),
                        tuple("Fatou X.", "True", true, true),
                        tuple("Leila X.", "True", true, true),
                        tuple("Mariam X.", "False", false, true),
                        tuple("Mariam X.", "True", true, false));
    }

    @Test
    void the_exercise_most_got_wrong_and_its_competence_are_suggested_for_a_review() {
        List<Suggestion> suggestions = progress.suggestions(staff("sabine"), mine.id(), "en");

        assertThat(suggestions).containsExactly(
                new Suggestion(Suggestion.Kind.EXERCISE, "test-browsing", "The browser", WHERE_TO_TYPE, 3, 4),
                new Suggestion(Suggestion.Kind.COMPETENCE, "test-browsing", "The browser", "1.1", 4, 8));
    }

    @Test
    void an_exercise_most_got_right_is_not_suggested() {
        assertThat(progress.suggestions(staff("sabine"), mine.id(), "en"))
                .noneMatch(s -> s.subject().equals(PADLOCK));
    }

    @Test
    void the_dashboard_grid_counts_first_tries_as_the_difficult_exercises_do() {
        CohortGrid grid = progress.grid(staff("sabine"), mine.id());
        Map<Long, Map<String, ModuleResult>> direct = learning.resultsOf(
                Arrays.stream(mine.learnerIds()).boxed().toList(), catalogue::module);

        assertThat(grid.learners()).extracting(CohortGrid.LearnerRow::shortName,
                row -> row.results().get("test-browsing").status(),
                row -> row.results().get("test-browsing").score()).containsExactly(
                tuple("Amina X.", ModuleStatus.MASTERED, 100),
                tuple("Fatou X.", ModuleStatus.DONE, 50),
                tuple("Leila X.", ModuleStatus.DONE, 50),
                tuple("Mariam X.", ModuleStatus.DONE, 0));
        assertThat(grid.learners()).allSatisfy(row -> assertThat(row.results().get("test-browsing"))
                .isEqualTo(direct.get(row.learnerId()).get("test-browsing")));

        List<DifficultExercise> exercises = progress.difficultExercises(staff("sabine"), mine.id(), "en", YES_NO);
        int rightFirstTimeInGrid = grid.learners().stream()
                .mapToInt(row -> row.results().get("test-browsing").firstTryRight()).sum();
        int answeredInGrid = grid.learners().stream()
                .mapToInt(row -> row.results().get("test-browsing").exercisesAnswered()).sum();
        assertThat(rightFirstTimeInGrid)
                .isEqualTo(exercises.stream().mapToInt(DifficultExercise::rightFirstTime).sum()).isEqualTo(4);
        assertThat(answeredInGrid).isEqualTo(exercises.stream().mapToInt(DifficultExercise::learners).sum())
                .isEqualTo(8);
        Suggestion competence = progress.suggestions(staff("sabine"), mine.id(), "en").get(1);
        assertThat(competence.struggled()).isEqualTo(answeredInGrid - rightFirstTimeInGrid);
        assertThat(competence.learners()).isEqualTo(answeredInGrid);
    }

    @Test
    void a_learners_overview_has_her_modules_and_her_progress_by_competence() {
        LearnerOverview overview = progress.learnerOverview(staff("sabine"), fatou, "en", YES_NO);

        assertThat(overview.learnerId()).isEqualTo(fatou);
        assertThat(overview.shortName()).isEqualTo("Fatou X.");
        assertThat(overview.cohortId()).isEqualTo(mine.id());
        assertThat(overview.modules()).containsOnlyKeys("test-browsing", "test-safety");
        ModuleResult browsingResult = overview.modules().get("test-browsing");
        assertThat(browsingResult.status()).isEqualTo(ModuleStatus.DONE);
        assertThat(browsingResult.score()).isEqualTo(50);
        assertThat(browsingResult).isEqualTo(progress.grid(staff("sabine"), mine.id()).learners().get(1).results()
                .get("test-browsing"));
        assertThat(overview.competences()).containsExactly(new LearnerOverview.CompetenceProgress("1.1", 1, 1, 2, 50),
                new LearnerOverview.CompetenceProgress("4.2", 1, 0, 0, 0));
    }

    @Test
    void a_learner_who_has_not_started_is_listed_with_nothing_done() {
        long nadia = new People(staffAccounts, classroom).createCohort("Saturday group",
                List.of(staff("sabine").id()), "Nadia").learnerIds()[0];

        LearnerOverview overview = progress.learnerOverview(staff("sabine"), nadia, "en", YES_NO);

        assertThat(overview.modules().get("test-browsing").status()).isEqualTo(ModuleStatus.NOT_STARTED);
        assertThat(overview.competences()).containsExactly(new LearnerOverview.CompetenceProgress("1.1", 1, 0, 0, 0),
                new LearnerOverview.CompetenceProgress("4.2", 1, 0, 0, 0));
        assertThat(overview.secondsPerWeek()).isEmpty();
        assertThat(overview.attempts()).isEmpty();
    }

    @Test
    void time_is_counted_in_the_week_of_the_programme_she_spent_it() {
        learning.open(amina, browsing);
        clock.advance(Duration.ofSeconds(90));
        learning.moveTo(amina, browsing, 1);
        clock.advance(Duration.ofDays(8));
        learning.open(amina, browsing);
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        learning.answer(amina, browsing, browsing.exercise("padlock").orElseThrow(), TRUE, "en", shownAt, false);

        LearnerOverview overview = progress.learnerOverview(staff("sabine"), amina, "en", YES_NO);

        assertThat(overview.secondsPerWeek()).containsExactly(Map.entry(1, 90L), Map.entry(2, 30L));
    }

    @Test
    void a_learners_answers_are_listed_newest_first() {
        LearnerOverview overview = progress.learnerOverview(staff("sabine"), mariam, "en", YES_NO);

        assertThat(overview.attempts()).extracting(AttemptLine::moduleTitle, AttemptLine::exercisePrompt,
                AttemptLine::answer, AttemptLine::correct, AttemptLine::firstTry, AttemptLine::seconds).containsExactly(
                tuple("The browser", PADLOCK, "True", true, false, 10L),
                tuple("The browser", PADLOCK, "False", false, true, 10L),
                tuple("The browser", WHERE_TO_TYPE, "In the middle of the page", false, true, 10L));
        assertThat(overview.attempts()).extracting(AttemptLine::answeredAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(overview.attempts()).isEqualTo(progress.attemptsOf(staff("sabine"), mariam, "en", YES_NO));
    }

    @Test
    void another_teacher_is_denied_every_figure_of_the_group() {
        SignedIn nora = staff("nora");

        List<Consumer<SignedIn>> reads = everyRead();
        for (Consumer<SignedIn> read : reads) {
            assertThatThrownBy(() -> read.accept(nora)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_administrator_reads_every_figure_of_any_group() {
        SignedIn claire = staff("claire");

        for (Consumer<SignedIn> read : everyRead()) {
            assertThatCode(() -> read.accept(claire)).doesNotThrowAnyException();
        }
        assertThat(progress.difficultExercises(claire, mine.id(), "en", YES_NO)).hasSize(2);
        assertThat(progress.suggestions(claire, mine.id(), "en")).hasSize(2);
        assertThat(progress.learnerOverview(claire, amina, "en", YES_NO).attempts()).hasSize(2);
    }

    @Test
    void an_unknown_learner_is_denied_rather_than_missing() {
        assertThatThrownBy(() -> progress.learnerOverview(staff("sabine"), -1, "en", YES_NO))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Each of the service's reads of the group or one of its learners. */
    private List<Consumer<SignedIn>> everyRead() {
        return List.of(
                staff -> progress.grid(staff, mine.id()),
                staff -> progress.grid(staff, mine.id(), List.of(browsing)),
                staff -> progress.attemptsOf(staff, amina, "en", YES_NO),
                staff -> progress.difficultExercises(staff, mine.id(), "en", YES_NO),
                staff -> progress.answersTo(staff, mine.id(), "test-browsing", "where-to-type", "en", YES_NO),
                staff -> progress.learnerOverview(staff, amina, "en", YES_NO),
                staff -> progress.suggestions(staff, mine.id(), "en"),
                staff -> progress.unlock(staff, amina));
    }

    /** Answers a little after the exercise appeared, as she would; the clock moves on by ten seconds. */
    private void answer(long learnerId, String exerciseId, Answer answer) {
        Instant shownAt = clock.instant();
        clock.advance(Duration.ofSeconds(10));
        learning.answer(learnerId, browsing, browsing.exercise(exerciseId).orElseThrow(), answer, "en", shownAt,
                false);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
