package org.digitalcentre.classroom;

import org.digitalcentre.People;
import org.digitalcentre.classroom.CodeCheck.Outcome;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many sessions typing wrong codes for the same learner at the same moment: each code is checked in its own
 * transaction, as in the app, so this test commits (and cleans up after itself).
 */
@SpringBootTest
@ActiveProfiles("test")
class ParallelWrongCodesTest {

    private static final int SESSIONS = 8;
    private static final int TRIES_EACH = 10;

    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    JdbcTemplate jdbc;

    private People.Cohort cohort;

    @BeforeEach
    void aLearnerWhoseCodeEveryoneTries() {
        cohort = new People(staffAccounts, classroom).createCohort("Parallel group", List.of(), "Amina");
    }

    @AfterEach
    void removeHer() {
        jdbc.update("delete from learner where cohort_id = ?", cohort.id());
        Long centre = jdbc.queryForObject("select centre_id from cohort where id = ?", Long.class, cohort.id());
        jdbc.update("delete from cohort where id = ?", cohort.id());
        jdbc.update("delete from centre where id = ?", centre);
    }

    @Test
    void five_wrong_codes_lock_her_however_many_sessions_try_at_once() throws Exception {
        long amina = cohort.learnerIds()[0];
        List<CodeCheck> answers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService sessions = Executors.newFixedThreadPool(SESSIONS);
        List<Future<?>> done = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            done.add(sessions.submit(() -> {
                start.await();
                for (int t = 0; t < TRIES_EACH; t++) {
                    answers.add(classroom.checkCode(amina, String.format("%04d", 9000 + session * TRIES_EACH + t)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get(2, TimeUnit.MINUTES);
        }
        sessions.shutdown();

        // Exactly four wrong codes said "wrong", each with its own count; the fifth locked her; nothing after it
        // was checked. A lost update would show the same count twice, or more than four "wrong".
        assertThat(answers).hasSize(SESSIONS * TRIES_EACH);
        assertThat(answers.stream().filter(a -> a.outcome() == Outcome.WRONG).map(CodeCheck::triesLeft).sorted())
                .containsExactly(1, 2, 3, 4);
        assertThat(answers).filteredOn(a -> a.outcome() != Outcome.WRONG)
                .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(Outcome.LOCKED));
        assertThat(classroom.learner(amina).orElseThrow().locked()).isTrue();
        assertThat(classroom.checkCode(amina, People.codeOf(0))).isEqualTo(new CodeCheck(Outcome.LOCKED, 0));
    }
}
