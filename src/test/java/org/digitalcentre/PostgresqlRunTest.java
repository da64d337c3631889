package org.digitalcentre;

import org.junit.jupiter.api.Test;

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
}
