package org.digitalcentre.learning;

import org.digitalcentre.People;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers stored once, by the database's rules, when two requests come at the same moment: a double-click, a request
 * sent again, the same learner on two workstations. Each answer commits in its own transaction, as in the app, so
 * this test commits (and removes what it made).
 */
@SpringBootTest
@ActiveProfiles("test")
class AnswersOnceTest {

    private static final int LEARNERS = 8;
    private static final Answer PAGE = new Answer.Choices(Set.of("page"));
    private static final Answer ADDRESS_BAR = new Answer.Choices(Set.of("address-bar"));

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    JdbcTemplate jdbc;

    private People.Cohort cohort;
    private Module browsing;
    private Exercise whereToType;

    @BeforeEach
    void aGroupAnswering() {
        String[] names = new String[LEARNERS];
        Arrays.setAll(names, i -> "Learner" + (char) ('A' + i));
        cohort = new People(staffAccounts, classroom).createCohort("Answers once " + System.nanoTime(), List.of(),
                names);
        browsing = catalogue.module("test-browsing").orElseThrow();
        whereToType = browsing.exercise("where-to-type").orElseThrow();
    }

    @AfterEach
    void removeThem() {
        String in = String.join(",", LongStream.of(cohort.learnerIds()).mapToObj(String::valueOf).toList());
        jdbc.update("delete from attempt_step where attempt_id in (select id from attempt where learner_id in (" + in
                + "))");
        for (String table : List.of("attempt", "module_progress", "learner_day", "simulation_draft")) {
            jdbc.update("delete from " + table + " where learner_id in (" + in + ")");
        }
        jdbc.update("delete from learner where cohort_id = ?", cohort.id());
        Long centre = jdbc.queryForObject("select centre_id from cohort where id = ?", Long.class, cohort.id());
        jdbc.update("delete from cohort where id = ?", cohort.id());
        jdbc.update("delete from centre where id = ?", centre);
    }

    @Test
    void a_double_click_stores_one_answer_and_both_clicks_get_the_grade_kept() {
        long amina = cohort.learnerIds()[0];
        String check = LearningService.newCheckId();

        Grade first = answer(amina, PAGE, check);
        Grade again = answer(amina, PAGE, check);

        assertThat(first).isEqualTo(new Grade(false, 0));
        assertThat(again).isEqualTo(first);
        assertThat(learning.attemptsOf(amina)).singleElement().satisfies(attempt -> {
            assertThat(attempt.firstTry()).isTrue();
            assertThat(attempt.correct()).isFalse();
        });

        // The same check sent again with other words (a page replayed late) still stores nothing new.
        assertThat(answer(amina, ADDRESS_BAR, check)).isEqualTo(first);
        // Her next check, with its own id, is stored as a later try.
        assertThat(answer(amina, ADDRESS_BAR, LearningService.newCheckId())).isEqualTo(new Grade(true, 100));
        assertThat(learning.attemptsOf(amina)).extracting(AttemptRecord::correct, AttemptRecord::firstTry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, false),
                        org.assertj.core.groups.Tuple.tuple(false, true));
    }

    @Test
    void two_workstations_answering_at_the_same_moment_make_exactly_one_first_try() throws Exception {
        // Each learner answers the same exercise from two workstations at once, a fresh check on each: both are
        // stored, one only is her first try.
        List<Callable<Grade>> tries = new ArrayList<>();
        for (long learner : cohort.learnerIds()) {
            tries.add(() -> answer(learner, PAGE, LearningService.newCheckId()));
            tries.add(() -> answer(learner, ADDRESS_BAR, LearningService.newCheckId()));
        }

        runAtOnce(tries);

        for (long learner : cohort.learnerIds()) {
            List<AttemptRecord> hers = learning.attemptsOf(learner);
            assertThat(hers).as("both answers of learner %d are kept", learner).hasSize(2);
            assertThat(hers).filteredOn(AttemptRecord::firstTry).as("first tries of learner %d", learner).hasSize(1);
        }
        // The teacher's figure: one first try per learner.
        assertThat(learning.firstTryStats(LongStream.of(cohort.learnerIds()).boxed().toList()))
                .singleElement().satisfies(stats -> assertThat(stats.learners()).isEqualTo(LEARNERS));
    }

    @Test
    void the_same_check_arriving_twice_at_the_same_moment_is_stored_once() throws Exception {
        List<Callable<Grade>> tries = new ArrayList<>();
        for (long learner : cohort.learnerIds()) {
            String check = LearningService.newCheckId();
            tries.add(() -> answer(learner, ADDRESS_BAR, check));
            tries.add(() -> answer(learner, ADDRESS_BAR, check));
        }

        List<Grade> grades = runAtOnce(tries);

        assertThat(grades).containsOnly(new Grade(true, 100));
        for (long learner : cohort.learnerIds()) {
            assertThat(learning.attemptsOf(learner)).as("answers of learner %d", learner).singleElement()
                    .satisfies(attempt -> assertThat(attempt.firstTry()).isTrue());
        }
    }

    private Grade answer(long learner, Answer answer, String check) {
        return learning.answer(learner, browsing, whereToType, answer, "en", Instant.now().minusSeconds(5), false,
                check);
    }

    /** Starts every try at the same moment, each on its own thread, and waits for all. */
    private static List<Grade> runAtOnce(List<Callable<Grade>> tries) throws Exception {
        ExecutorService workstations = Executors.newFixedThreadPool(tries.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Grade>> done = new ArrayList<>();
            for (Callable<Grade> each : tries) {
                done.add(workstations.submit(() -> {
                    start.await();
                    return each.call();
                }));
            }
            start.countDown();
            List<Grade> grades = new ArrayList<>();
            for (Future<Grade> each : done) {
                grades.add(each.get(2, TimeUnit.MINUTES));
            }
            return grades;
        } finally {
            workstations.shutdownNow();
        }
    }
}
