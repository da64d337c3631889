package org.digitalcentre.learning;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database at version 9 holds what learners typed in the simulations' password fields, in clear, as the app stored
 * it before: attempts on the current content, on an older kept version and on a module gone since, and an unchecked
 * try. After V10, none of those texts is in any text column, and every attempt grades as it did.
 */
class ForgetPracticePasswordsMigrationTest {

    private static final ContentCatalogue FIXTURES = new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations")));
    private static final Module WORKSHOP = FIXTURES.module("test-sim-password").orElseThrow();
    private static final Module E_SERVICE = FIXTURES.module("test-sim-e-service").orElseThrow();

    private static final String PASSPHRASE = "girafe-trompette-nuage-velo";
    private static final String WEAK = "Amina1987";
    private static final String CHOSEN = "Secret-Bellecombe-4242";
    private static final String DRAFTED = "papillon-marmite-tuba";
    private static final String GONE = "gone-module-secret";
    private static final List<String> TYPED = List.of(PASSPHRASE, WEAK, CHOSEN, DRAFTED, GONE);

    private final JdbcDataSource database = new JdbcDataSource();
    private final JdbcTemplate jdbc;

    ForgetPracticePasswordsMigrationTest() {
        database.setURL("jdbc:h2:mem:v10-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(database);
    }

    @Test
    void old_rows_lose_every_typed_password_and_grade_as_before() throws Exception {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("9").load().migrate();
        long learner = aLearner();
        List<SimEvent> workshop = List.of(password("tortue"), password(PASSPHRASE), confirm(PASSPHRASE),
                keep("notebook"));
        List<SimEvent> weak = List.of(password(WEAK), confirm(WEAK), keep("sticky-note"));
        List<SimEvent> onlineService = List.of(type("email", "Amina.Diallo@exemple.fr"), type("mobile", "0612345678"),
                type("password", CHOSEN), continueOn(), type("identifier", "amina.diallo@exemple.fr"),
                type("password", CHOSEN + "x"), continueOn(), type("password", CHOSEN), continueOn(),
                type("code", "482913"), continueOn());
        long current = attempt(learner, WORKSHOP, WORKSHOP.version(), workshop);
        long older = attempt(learner, WORKSHOP, "0123456789ab", weak);
        keptAt(WORKSHOP, "0123456789ab");
        long service = attempt(learner, E_SERVICE, E_SERVICE.version(), onlineService);
        long gone = jdbc.queryForObject("select max(id) from attempt", Long.class) + 1;
        insertAttempt(gone, learner, "gone-module", "fedcba987654", "gone-exercise",
                json(List.of(password(GONE), confirm(GONE))));
        String choices = AnswerCodec.toJson(new Answer.Choices(java.util.Set.of("a")));
        long other = gone + 1;
        insertAttempt(other, learner, "test-browsing", "000000000000", "where-to-type", choices);
        jdbc.update("insert into simulation_draft (learner_id, module_id, exercise_id, events, updated_at) "
                + "values (?, ?, ?, ?, current_timestamp)", learner, WORKSHOP.id(), "new-account",
                json(List.of(password(DRAFTED), keep("notebook"))));
        assertThat(holding(TYPED)).as("stored in clear before V10").isNotEmpty();

        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new V10__forget_practice_passwords(FIXTURES)).load();
        flyway.migrate();

        assertThat(flyway.info().applied()).anyMatch(m -> m.getVersion().getVersion().equals("10")
                && m.getDescription().equals("forget practice passwords") && m.getState().isApplied());
        assertThat(holding(TYPED)).as("columns holding a typed password after V10").isEmpty();
        assertGradedAsBefore(current, WORKSHOP, workshop);
        assertGradedAsBefore(older, WORKSHOP, weak);
        assertGradedAsBefore(service, E_SERVICE, onlineService);
        assertThat(Simulations.grade(simulation(WORKSHOP), storedEvents(older)).correct()).isFalse();
        assertThat(Simulations.grade(simulation(WORKSHOP), storedEvents(current)).correct()).isTrue();
        assertThat(storedEvents(gone)).hasSize(2).allMatch(e -> e.value().contains("length=" + GONE.length()));
        assertThat(jdbc.queryForObject("select answer from attempt where id = ?", String.class, other))
                .isEqualTo(choices);
        String draft = jdbc.queryForObject("select events from simulation_draft", String.class);
        assertThat(Simulations.resumable(simulation(WORKSHOP), ((Answer.SimulationEvents) AnswerCodec.fromJson(draft))
                .events())).containsExactly(keep("notebook"));
    }

    private void assertGradedAsBefore(long attemptId, Module module, List<SimEvent> typed) {
        assertThat(Simulations.grade(simulation(module), storedEvents(attemptId))).as("attempt %s", attemptId)
                .isEqualTo(Simulations.grade(simulation(module), typed));
    }

    private List<SimEvent> storedEvents(long attemptId) {
        return ((Answer.SimulationEvents) AnswerCodec.fromJson(jdbc.queryForObject(
                "select answer from attempt where id = ?", String.class, attemptId))).events();
    }

    /** Every table.column of the schema's text columns that holds one of these texts. */
    private List<String> holding(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = 'PUBLIC' and data_type in "
                + "('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER')")) {
            for (String text : texts) {
                Integer rows = jdbc.queryForObject("select count(*) from \"" + column.get("TABLE_NAME") + "\" where \""
                        + column.get("COLUMN_NAME") + "\" like ?", Integer.class, "%" + text + "%");
                if (rows != null && rows > 0) {
                    found.add(column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME") + ": " + text);
                }
            }
        }
        return found;
    }

    private long aLearner() {
        jdbc.update("insert into centre (name) values ('Centre')");
        jdbc.update("insert into cohort (centre_id, name, start_date, weeks, archived) "
                + "values ((select max(id) from centre), 'Morning group', date '2026-09-07', 12, false)");
        jdbc.update("insert into learner (cohort_id, first_name, last_initial, picture, code_hash, "
                + "failed_code_entries, locked) values ((select max(id) from cohort), 'Amina', 'D', 'SUN', 'x', 0, "
                + "false)");
        return jdbc.queryForObject("select max(id) from learner", Long.class);
    }

    private long attempt(long learner, Module module, String version, List<SimEvent> events) {
        Long last = jdbc.queryForObject("select max(id) from attempt", Long.class);
        long id = last == null ? 1 : last + 1;
        insertAttempt(id, learner, module.id(), version, simulation(module).id(), json(events));
        return id;
    }

    private void insertAttempt(long id, long learner, String moduleId, String version, String exerciseId,
                               String answer) {
        jdbc.update("insert into attempt (id, learner_id, module_id, content_version, exercise_id, answer, correct, "
                + "score, first_try, hint_used, time_spent_ms, started_at, ended_at) values (?, ?, ?, ?, ?, ?, false, "
                + "0, true, false, 1000, current_timestamp, current_timestamp)", id, learner, moduleId, version,
                exerciseId, answer);
    }

    /** The exercise as an older version of the module wrote it, kept as the app keeps every loaded version. */
    private void keptAt(Module module, String version) throws Exception {
        var mapper = KeptExercises.exerciseMapper();
        jdbc.update("insert into kept_exercise (module_id, content_version, exercise_id, module_title, exercise) "
                + "values (?, ?, ?, ?, ?)", module.id(), version, simulation(module).id(),
                mapper.writeValueAsString(module.title()), mapper.writeValueAsString(simulation(module)));
    }

    private static Simulation simulation(Module module) {
        return (Simulation) module.exercises().get(0);
    }

    private static String json(List<SimEvent> events) {
        return AnswerCodec.toJson(new Answer.SimulationEvents(events));
    }

    private static SimEvent password(String text) {
        return new SimEvent("password", "", text);
    }

    private static SimEvent confirm(String text) {
        return new SimEvent("confirm", "", text);
    }

    private static SimEvent keep(String way) {
        return SimEvent.of("keep", way);
    }

    private static SimEvent type(String field, String value) {
        return new SimEvent("type", field, value);
    }

    private static SimEvent continueOn() {
        return SimEvent.of("continue");
    }
}
