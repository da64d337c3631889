package org.digitalcentre;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that picks the tests run a second time on PostgreSQL (docs/decisions/0011-postgresql-tested.md). */
class PostgresqlRunTest {

    @Test
    void service_tests_run_on_postgresql_too() throws Exception {
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.classroom.ClassroomServiceTest"))).isTrue();
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.learning.LearningServiceTest"))).isTrue();
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.security.StaffLoginFormTest"))).isTrue();
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.demo.DemoDataTest"))).isTrue();
    }

    @Test
    void ui_browser_and_plain_tests_run_on_h2_only() throws Exception {
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.classroom.ui.CohortsViewTest"))).isFalse();
        assertThat(PostgresqlRun.repeats(
                Class.forName("org.digitalcentre.simulation.password.ui.PasswordSimulationTest"))).isFalse();
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.journey.LearnerJourneyIT"))).isFalse();
        assertThat(PostgresqlRun.repeats(Class.forName("org.digitalcentre.learning.AnswerGraderTest"))).isFalse();
        assertThat(PostgresqlRun.repeats(PostgresqlRunTest.class)).isFalse();
    }

    @Test
    void a_service_test_about_h2_itself_says_so_and_runs_on_h2_only() {
        assertThat(PostgresqlRun.repeats(H2FileBackup.class)).isFalse();
        assertThat(PostgresqlRun.repeats(H2FileBackup.OneOfItsCases.class)).isFalse();
    }

    /** An example, never run: no test method. */
    @SpringBootTest
    @Tag(PostgresqlRun.H2_ONLY)
    static class H2FileBackup {

        @Nested
        class OneOfItsCases {
        }
    }
}
