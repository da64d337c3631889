package org.digitalcentre.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.simulation.PasswordStandIn;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Before this version, what learners typed in the password fields of the simulations was stored in clear: in their
 * attempts and in their unchecked tries. This rewrites those rows as the app now stores them, each typed password
 * replaced by a {@link PasswordStandIn} that grades the same (docs/decisions/0012-practice-passwords-and-past-answers.md).
 *
 * <p>A Java migration, because the stand-in is computed from the text (its strength, the personal facts in it) by
 * the same code as in the app. Given to Flyway as a Spring bean (Spring Boot hands every {@code JavaMigration} bean
 * to Flyway); it reads the content files, never the JPA side, which waits for Flyway. An attempt is rewritten with
 * the exercise as the version she answered wrote it (kept_exercise), else as the content now writes it; a try whose
 * exercise is gone altogether keeps only the length of what was typed in a field known to be a password field.
 */
@Component
public class V10__forget_practice_passwords extends BaseJavaMigration {

    /** How each kind with a password field names it, for a try whose exercise is gone. */
    private static final Set<String> PASSWORD_ACTIONS = Set.of("password", "confirm");
    private static final String TYPE_ACTION = "type";
    private static final String PASSWORD_TARGET = "password";

    private final ContentCatalogue catalogue;
    private final ObjectMapper exercises = KeptExercises.exerciseMapper();

    V10__forget_practice_passwords(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Optional<Simulation>> tasks = new HashMap<>();
        List<Object[]> attempts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, module_id, content_version, exercise_id, answer from attempt where answer like ?")) {
            select.setString(1, "%\"simulation\"%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String moduleId = rows.getString(2);
                    String version = rows.getString(3);
                    String exerciseId = rows.getString(4);
                    Optional<Simulation> task = tasks.computeIfAbsent(moduleId + "@" + version + "/" + exerciseId,
                            key -> taskOf(connection, moduleId, version, exerciseId));
                    long id = rows.getLong(1);
                    rewritten(rows.getString(5), task).ifPresent(json -> attempts.add(new Object[] {json, id}));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update attempt set answer = ? where id = ?")) {
            for (Object[] change : attempts) {
                update.setString(1, (String) change[0]);
                update.setLong(2, (Long) change[1]);
                update.addBatch();
            }
            update.executeBatch();
        }

        List<Object[]> drafts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select learner_id, module_id, exercise_id, events from simulation_draft where events like ?")) {
            select.setString(1, "%\"simulation\"%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String moduleId = rows.getString(2);
                    String exerciseId = rows.getString(3);
                    // An unchecked try is on the module as it is now (the player always opens the current version).
                    Optional<Simulation> task = catalogue.module(moduleId).flatMap(m -> m.exercise(exerciseId))
                            .filter(Simulation.class::isInstance).map(Simulation.class::cast);
                    long learnerId = rows.getLong(1);
                    rewritten(rows.getString(4), task).ifPresent(json -> drafts.add(
                            new Object[] {json, learnerId, moduleId, exerciseId}));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update simulation_draft set events = ? "
                + "where learner_id = ? and module_id = ? and exercise_id = ?")) {
            for (Object[] change : drafts) {
                update.setString(1, (String) change[0]);
                update.setLong(2, (Long) change[1]);
                update.setString(3, (String) change[2]);
                update.setString(4, (String) change[3]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The JSON without its typed passwords, when it had any. A row that is not an answer's JSON is left as it is. */
    static Optional<String> rewritten(String json, Optional<Simulation> task) {
        Answer answer;
        try {
            answer = AnswerCodec.fromJson(json);
        } catch (IllegalArgumentException notAnAnswer) {
            return Optional.empty();
        }
        if (!(answer instanceof Answer.SimulationEvents done)) {
            return Optional.empty();
        }
        List<SimEvent> kept = task.map(t -> Simulations.forStorage(t, done.events()))
                .orElseGet(() -> withoutAnyPassword(done.events()));
        String written = AnswerCodec.toJson(new Answer.SimulationEvents(kept));
        return written.equals(AnswerCodec.toJson(done)) ? Optional.empty() : Optional.of(written);
    }

    /** For a try whose exercise no content has any more: it cannot be graded again; only lengths are kept. */
    private static List<SimEvent> withoutAnyPassword(List<SimEvent> events) {
        PasswordStandIn.Numbering numbering = new PasswordStandIn.Numbering(events);
        return events.stream().map(e -> PASSWORD_ACTIONS.contains(e.action())
                || e.action().equals(TYPE_ACTION) && e.target().equals(PASSWORD_TARGET)
                ? new SimEvent(e.action(), e.target(), numbering.standIn(e.value(), Map.of())) : e).toList();
    }

    private Optional<Simulation> taskOf(Connection connection, String moduleId, String version, String exerciseId) {
        try (PreparedStatement select = connection.prepareStatement("select exercise from kept_exercise "
                + "where module_id = ? and content_version = ? and exercise_id = ?")) {
            select.setString(1, moduleId);
            select.setString(2, version);
            select.setString(3, exerciseId);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && exercises.readValue(rows.getString(1), Exercise.class) instanceof Simulation kept) {
                    return Optional.of(kept);
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            // Not kept, or not readable any more: the content as it is now is the next best.
        }
        return catalogue.module(moduleId).flatMap(m -> m.exercise(exerciseId))
                .filter(Simulation.class::isInstance).map(Simulation.class::cast);
    }
}
