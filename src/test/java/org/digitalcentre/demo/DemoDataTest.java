package org.digitalcentre.demo;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.classroom.NoteDraft;
import org.digitalcentre.classroom.TeacherNoteRecord;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.AttemptRecord;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.LearningService.ExerciseKey;
import org.digitalcentre.learning.LearningService.StepStats;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.plan.LearnerPlan;
import org.digitalcentre.progress.AnswerLine;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.CohortGrid;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.progress.DifficultExercise;
import org.digitalcentre.progress.LearnerOverview;
import org.digitalcentre.progress.ResultsExport;
import org.digitalcentre.security.StaffAccountService;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo profile's data, created as the app does at start, then used as a teacher uses it: every read a teacher's
 * screen makes (group grid, difficult exercises, who answered what, a learner's overview and answers with a
 * simulation's graded steps, plan, notes, the results file). A service test, so that it runs on H2 and again on
 * PostgreSQL (docs/decisions/0011-postgresql-tested.md): the queries behind the teacher's screens run on both.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class DemoDataTest {

    private static final Map<Boolean, String> YES_NO = Map.of(true, "Vrai", false, "Faux");
    /** The simulation fixtures, read without Spring: the demo test only needs one of their modules to answer. */
    private static final Module BROWSER_TASK_MODULE = new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-browser").orElseThrow();

    @Autowired
    StaffAccountService staff;
    @Autowired
    ClassroomService classroom;
    @Autowired
    CentreComputers computers;
    @Autowired
    Clock clock;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    LearningService learning;
    @Autowired
    CohortProgressService progress;
    @Autowired
    CohortPlanService plans;
    @Autowired
    TeacherNotes notes;
    @Autowired
    ResultsExport export;

    private SignedIn teacher;
    private long morningGroup;
    private Map<String, Long> learners;

    @BeforeEach
    void theDemoCentreIsCreatedAsAtTheAppsFirstStart() {
        assertThat(staff.noStaffYet())
                .as("a test committed staff accounts and left them: the demo data is made on an empty database only")
                .isTrue();
        demoData().run(null);
        teacher = (SignedIn) staff.loadUserByUsername("teacher");
        CohortCard cohort = progress.cohortsFor(teacher).get(0);
        morningGroup = cohort.id();
        learners = new HashMap<>();
        classroom.learnersOf(morningGroup).forEach(tile -> learners.put(tile.shortName(), tile.id()));
    }

    @Test
    void the_demo_centre_has_its_group_of_twelve_and_amina_signs_in_with_her_code() {
        assertThat(progress.cohortsFor(teacher)).extracting(CohortCard::name, CohortCard::centreName)
                .containsExactly(tuple("Groupe du matin", "Maison digitale de Bellecombe"));
        assertThat(classroom.learnersOf(morningGroup)).extracting(LearnerTile::shortName).containsExactlyInAnyOrder(
                "Amina D.", "Fatou S.", "Leïla B.", "Sophie M.", "Nadia K.", "Mariam T.", "Yasmine H.", "Chantal R.",
                "Aïcha N.", "Elena P.", "Khadija L.", "Samira O.");
        assertThat(classroom.checkCode(learners.get("Amina D."), "1234").accepted()).isTrue();
        assertThat(classroom.checkCode(learners.get("Fatou S."), "1234").accepted()).isFalse();
        assertThat(staff.usernameTaken("admin")).isTrue();
        assertThat(staff.usernameTaken("author")).isTrue();
    }

    @Test
    void a_second_start_adds_nothing() {
        demoData().run(null);

        assertThat(progress.cohortsFor(teacher)).hasSize(1);
        assertThat(classroom.learnersOf(morningGroup)).hasSize(DemoData.LEARNERS.size());
    }

    @Test
    void the_teachers_screens_read_the_demo_groups_answers() {
        Module browsing = catalogue.module("test-browsing").orElseThrow();
        long amina = learners.get("Amina D.");
        long fatou = learners.get("Fatou S.");
        long leila = learners.get("Leïla B.");
        learning.open(amina, browsing);
        answer(amina, browsing, "where-to-type", new Answer.Choices(Set.of("address-bar")));
        answer(amina, browsing, "padlock", new Answer.TrueOrFalse(false));
        answer(amina, browsing, "padlock", new Answer.TrueOrFalse(true));
        answer(fatou, browsing, "where-to-type", new Answer.Choices(Set.of("page")));
        answer(leila, browsing, "where-to-type", new Answer.Choices(Set.of("page")));
        // Leïla follows the advert on her way to the town hall's hours: the second step is wrong.
        answer(leila, BROWSER_TASK_MODULE, "town-hall-hours", new Answer.SimulationEvents(List.of(
                new SimEvent("address", "", "https://www.trouvetout.fr/"),
                new SimEvent("search", "", "horaires mairie bellecombe"), SimEvent.of("follow", "ad-link"),
                SimEvent.of("back"), SimEvent.of("follow", "official-link"), SimEvent.of("follow", "hours-link"))));

        CohortGrid grid = progress.grid(teacher, morningGroup);
        assertThat(grid.learners()).hasSize(12);
        assertThat(grid.learners()).filteredOn(row -> row.learnerId() == amina).singleElement()
                .satisfies(row -> assertThat(row.results().get("test-browsing").status())
                        .isEqualTo(ModuleStatus.DONE));

        List<DifficultExercise> difficult = progress.difficultExercises(teacher, morningGroup, "fr", YES_NO);
        assertThat(difficult).extracting(DifficultExercise::exerciseId, DifficultExercise::learners,
                        DifficultExercise::rightFirstTime)
                .containsExactly(tuple("padlock", 1, 0), tuple("where-to-type", 3, 1));
        assertThat(difficult.get(0).wrongAnswers()).containsExactly(new DifficultExercise.WrongAnswer("Faux", 1));
        assertThat(difficult.get(1).wrongAnswers()).singleElement()
                .satisfies(wrong -> assertThat(wrong.count()).isEqualTo(2));

        assertThat(progress.answersTo(teacher, morningGroup, "test-browsing", "where-to-type", "fr", YES_NO))
                .extracting(AnswerLine::learnerName, AnswerLine::correct, AnswerLine::firstTry)
                .containsExactly(tuple("Amina D.", true, true), tuple("Fatou S.", false, true),
                        tuple("Leïla B.", false, true));
        assertThat(progress.suggestions(teacher, morningGroup, "fr")).isNotEmpty();

        LearnerOverview overview = progress.learnerOverview(teacher, amina, "fr", YES_NO);
        assertThat(overview.shortName()).isEqualTo("Amina D.");
        assertThat(overview.attempts()).extracting(AttemptLine::correct, AttemptLine::firstTry)
                .containsExactly(tuple(true, false), tuple(false, true), tuple(true, true));
        assertThat(progress.attemptsOf(teacher, amina, "fr", YES_NO)).isEqualTo(overview.attempts());

        // The simulation's graded steps, as stored: their own query, in order, and their first-try figures.
        List<AttemptRecord> hers = learning.attemptsOf(leila);
        assertThat(hers.get(0).steps()).containsExactly(new StepResult("go-to-search", StepOutcome.RIGHT),
                new StepResult("official-site", StepOutcome.WRONG));
        assertThat(learning.firstTryStepStats(List.of(amina, fatou, leila))
                .get(new ExerciseKey("test-sim-browser", "town-hall-hours")))
                .containsExactlyInAnyOrder(new StepStats("go-to-search", 1, 1), new StepStats("official-site", 1, 0));

        String results = new String(export.cohortCsv(teacher, morningGroup, "fr", key -> key),
                StandardCharsets.UTF_8);
        assertThat(results).contains("Amina D.", "Leïla B.", "Samira O.");
    }

    @Test
    void the_teachers_plan_and_notes_for_the_demo_group_are_kept() {
        long amina = learners.get("Amina D.");
        plans.addToWeek(teacher, morningGroup, 1, "test-browsing");
        plans.addToWeek(teacher, morningGroup, 1, "test-safety");
        plans.move(teacher, morningGroup, 1, 1, 1, 0);
        plans.setTodaysWorkshop(teacher, morningGroup, "test-browsing");
        plans.assign(teacher, amina, "test-safety");

        CohortPlan plan = plans.plan(teacher, morningGroup);
        assertThat(plan.currentWeek()).isEqualTo(1);
        assertThat(plan.week(1)).containsExactly("test-safety", "test-browsing");
        assertThat(plan.todaysWorkshop()).contains("test-browsing");
        LearnerPlan hers = plans.forLearner(amina);
        assertThat(hers.todaysWorkshop()).contains("test-browsing");
        assertThat(hers.forYou()).containsExactly("test-safety");
        assertThat(plans.assignedTo(teacher, amina)).containsExactly("test-safety");

        LocalDate today = LocalDate.now(clock);
        notes.write(teacher, amina, new NoteDraft(today.minusDays(1), "Écrire un courriel", "", "", ""));
        notes.write(teacher, amina, new NoteDraft(today, "", "Lit peu le français", "Lecture à voix haute", ""));
        assertThat(notes.notesOn(teacher, amina)).extracting(TeacherNoteRecord::writtenOn,
                        TeacherNoteRecord::authorName, TeacherNoteRecord::goals)
                .containsExactly(tuple(today, "Sabine Formatrice", ""),
                        tuple(today.minusDays(1), "Sabine Formatrice", "Écrire un courriel"));
    }

    private void answer(long learnerId, Module module, String exerciseId, Answer answer) {
        Exercise exercise = module.exercise(exerciseId).orElseThrow();
        learning.answer(learnerId, module, exercise, answer, "fr", Instant.now(clock).minusSeconds(20), false);
    }

    private DemoData demoData() {
        return new DemoData(staff, classroom, computers, clock);
    }
}
