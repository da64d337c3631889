package org.digitalcentre.learning;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V8 on a database that was at V7 with the duplicate first tries the old code made (a double-click, two
 * workstations): the earliest stays her first try, the others become later tries, and from then on the database
 * refuses a second first try and a check stored twice. Plain Flyway on its own in-memory H2 database, no Spring.
 */
class AnswersOnceMigrationTest {

    private static final Instant NINE = Instant.parse("2026-09-07T09:00:00Z");

    @Test
    void v8_keeps_the_earliest_first_try_of_each_exercise_and_makes_the_others_later_tries() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:v8-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(database, "7");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long amina = learner(jdbc, "Amina");
        long fatou = learner(jdbc, "Fatou");
        // Amina double-clicked: two first tries at the same second (the lower id is the earlier), then a third
        // workstation's one a second later, and a real later try.
        long aminaFirst = attempt(jdbc, amina, "browsing", "where", true, NINE);
        long aminaTwin = attempt(jdbc, amina, "browsing", "where", true, NINE);
        long aminaThird = attempt(jdbc, amina, "browsing", "where", true, NINE.plusSeconds(1));
        long aminaLater = attempt(jdbc, amina, "browsing", "where", false, NINE.plusSeconds(5));
        // Ended earlier but inserted later (two workstations' clocks): the earliest end wins, not the lowest id.
        long aminaPadlockLate = attempt(jdbc, amina, "browsing", "padlock", true, NINE.plusSeconds(30));
        long aminaPadlockEarly = attempt(jdbc, amina, "browsing", "padlock", true, NINE.plusSeconds(20));
        // The same exercise id in another module is another exercise; Fatou's first try is her own.
        long aminaOtherModule = attempt(jdbc, amina, "browsing-again", "where", true, NINE.plusSeconds(2));
        long fatouFirst = attempt(jdbc, fatou, "browsing", "where", true, NINE.plusSeconds(3));

        migrate(database, "8");

        assertThat(firstTries(jdbc)).containsExactlyInAnyOrder(aminaFirst, aminaPadlockEarly, aminaOtherModule,
                fatouFirst);
        assertThat(jdbc.queryForList("select id from attempt where first_try = false order by id", Long.class))
                .containsExactly(aminaTwin, aminaThird, aminaLater, aminaPadlockLate);
        assertThat(jdbc.queryForList("select id from attempt where first_try_mark = true", Long.class))
                .containsExactlyInAnyOrderElementsOf(firstTries(jdbc));
        // The teachers' figures count one first try per learner and exercise again.
        List<Map<String, Object>> perExercise = jdbc.queryForList("select learner_id, module_id, exercise_id, "
                + "count(*) n from attempt where first_try = true group by learner_id, module_id, exercise_id");
        assertThat(perExercise).hasSize(4).allSatisfy(row -> assertThat(((Number) row.get("N")).intValue())
                .isEqualTo(1));

        // From now on the database itself refuses a second first try, and the same check twice.
        assertThatThrownBy(() -> jdbc.update("insert into attempt (learner_id, module_id, content_version, "
                + "exercise_id, answer, correct, score, first_try, first_try_mark, hint_used, time_spent_ms, "
                + "started_at, ended_at) values (?, 'browsing', '1', 'where', '{}', true, 100, true, true, false, 0, "
                + "?, ?)", amina, Timestamp.from(NINE), Timestamp.from(NINE)))
                .hasMessageContaining(AttemptRecorder.FIRST_TRY_ONCE.toUpperCase());
        jdbc.update("update attempt set check_id = 'same-check' where id = ?", aminaLater);
        assertThatThrownBy(() -> jdbc.update("update attempt set check_id = 'same-check' where id = ?", aminaThird))
                .hasMessageContaining(AttemptRecorder.CHECK_ONCE.toUpperCase());
    }

    private static void migrate(DriverManagerDataSource database, String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load()
                .migrate();
    }

    private static List<Long> firstTries(JdbcTemplate jdbc) {
        return jdbc.queryForList("select id from attempt where first_try = true order by id", Long.class);
    }

    private static long learner(JdbcTemplate jdbc, String name) {
        Long centre = jdbc.queryForObject("select max(id) from centre", Long.class);
        if (centre == null) {
            jdbc.update("insert into centre (name) values ('Centre')");
            jdbc.update("insert into cohort (centre_id, name, start_date, weeks, archived) "
                    + "select max(id), 'Morning', date '2026-09-07', 12, false from centre");
        }
        jdbc.update("insert into learner (cohort_id, first_name, last_initial, picture, code_hash, "
                + "failed_code_entries, locked) select max(id), ?, 'X', 'sun', 'hash', 0, false from cohort", name);
        return jdbc.queryForObject("select max(id) from learner", Long.class);
    }

    private static long attempt(JdbcTemplate jdbc, long learner, String module, String exercise, boolean firstTry,
                                Instant endedAt) {
        jdbc.update("insert into attempt (learner_id, module_id, content_version, exercise_id, answer, correct, "
                        + "score, first_try, hint_used, time_spent_ms, started_at, ended_at) "
                        + "values (?, ?, '1', ?, '{}', false, 0, ?, false, 0, ?, ?)", learner, module, exercise,
                firstTry, Timestamp.from(endedAt.minusSeconds(10)), Timestamp.from(endedAt));
        return jdbc.queryForObject("select max(id) from attempt", Long.class);
    }
}
