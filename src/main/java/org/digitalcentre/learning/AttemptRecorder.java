package org.digitalcentre.learning;

import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Stores one checked answer so that it counts once, whatever happens around it (docs/decisions/0009). The database
 * decides, not a look-up before the insert:
 * <ul>
 *     <li>{@code attempt_check_once}: a check id already stored (a double-click, a request sent again after a lost
 *     connection) stores nothing and gives back the grade kept then;</li>
 *     <li>{@code attempt_first_try_once}: of two tries stored at once as "first" (two workstations, two clicks),
 *     one only is; the other is stored as a later try.</li>
 * </ul>
 * Each insert runs under a JDBC savepoint of the caller's transaction: a refused insert is rolled back alone, which
 * PostgreSQL needs (a failed statement aborts the whole transaction) and which leaves JPA's session untouched. That is
 * why this one insert is plain SQL: a new column of {@code attempt} that answers fill in is written here.
 */
@Component
class AttemptRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(AttemptRecorder.class);

    static final String CHECK_ONCE = "attempt_check_once";
    static final String FIRST_TRY_ONCE = "attempt_first_try_once";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgresql;

    AttemptRecorder(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** One answer to store: who, where, what, graded how, and when. */
    record NewAttempt(long learnerId, String moduleId, String contentVersion, String exerciseId, String checkId,
                      String answerJson, Grade grade, boolean hintUsed, Instant startedAt, Instant endedAt) {
    }

    /** What storing gave: the grade now kept for this check, and whether this call stored it. */
    record Stored(Grade grade, boolean isNew) {
    }

    /**
     * Stores her answer, as her first try at the exercise when she has none yet. Must run in a transaction (the
     * service's).
     *
     * @param maybeFirst false when she is known to have tried it already: no first try is attempted then
     */
    Stored record(NewAttempt attempt, boolean maybeFirst) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An attempt is recorded inside the service's transaction");
        }
        if (maybeFirst) {
            String refused = insert(attempt, true);
            if (refused == null) {
                return new Stored(attempt.grade(), true);
            }
            if (refused.equals(CHECK_ONCE)) {
                return new Stored(storedGrade(attempt), false);
            }
        }
        String refused = insert(attempt, false);
        if (refused == null) {
            return new Stored(attempt.grade(), true);
        }
        if (refused.equals(CHECK_ONCE)) {
            return new Stored(storedGrade(attempt), false);
        }
        throw new IllegalStateException("A later try was refused as a first try");
    }

    /**
     * Inserts the attempt (and a simulation's steps) under a savepoint. Returns null when stored, or the name of the
     * uniqueness rule that refused it; any other failure is thrown as it came.
     */
    private String insert(NewAttempt a, boolean firstTry) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                jdbc.update("insert into attempt (learner_id, module_id, content_version, exercise_id, answer, "
                                + "correct, score, first_try, first_try_mark, hint_used, time_spent_ms, started_at, "
                                + "ended_at, check_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        a.learnerId(), a.moduleId(), a.contentVersion(), a.exerciseId(), a.answerJson(),
                        a.grade().correct(), a.grade().score(), firstTry, firstTry ? Boolean.TRUE : null,
                        a.hintUsed(), Math.max(0, Duration.between(a.startedAt(), a.endedAt()).toMillis()),
                        asHibernateWrites(a.startedAt(), connection), asHibernateWrites(a.endedAt(), connection),
                        a.checkId());
                List<StepResult> steps = a.grade().steps();
                for (int position = 0; position < steps.size(); position++) {
                    jdbc.update("insert into attempt_step (attempt_id, position, step_id, outcome) "
                                    + "select id, ?, ?, ? from attempt where check_id = ?", position,
                            steps.get(position).stepId(), steps.get(position).outcome().name(), a.checkId());
                }
                connection.releaseSavepoint(savepoint);
                return null;
            } catch (DataIntegrityViolationException refused) {
                connection.rollback(savepoint);
                String rule = ruleOf(refused);
                if (rule == null) {
                    throw refused;
                }
                LOG.debug("Answer of learner {} to {}/{} refused by {}", a.learnerId(), a.moduleId(), a.exerciseId(),
                        rule);
                return rule;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not use a savepoint to store an answer", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A time bound as JPA reads it back (columns are {@code timestamp}, without zone): Hibernate writes an Instant
     * to PostgreSQL as the UTC wall time, and to H2 as the wall time of the session's (the JVM's) zone. Bound the
     * same way, an answer's times read back unchanged in any zone the server runs in.
     */
    private SqlTypeValue asHibernateWrites(Instant when, Connection connection) throws SQLException {
        Timestamp timestamp = Timestamp.from(when);
        if (isPostgresql(connection)) {
            return (statement, index, sqlType, typeName) -> statement.setTimestamp(index, timestamp,
                    Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        }
        return (statement, index, sqlType, typeName) -> statement.setTimestamp(index, timestamp);
    }

    /** The database never changes while the app runs: asked once. */
    private boolean isPostgresql(Connection connection) throws SQLException {
        Boolean known = postgresql;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgresql = known;
        }
        return known;
    }

    /** Which of our two uniqueness rules refused the insert (both databases name it in the message), if one did. */
    private static String ruleOf(DataIntegrityViolationException refused) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(refused);
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains(CHECK_ONCE)) {
            return CHECK_ONCE;
        }
        if (message.contains(FIRST_TRY_ONCE)) {
            return FIRST_TRY_ONCE;
        }
        return null;
    }

    /** The grade stored with this check id, for her (a check id of someone else's is not hers to read). */
    private Grade storedGrade(NewAttempt a) {
        List<Grade> kept = jdbc.query("select correct, score from attempt where check_id = ? and learner_id = ?",
                (row, n) -> new Grade(row.getBoolean(1), row.getInt(2)), a.checkId(), a.learnerId());
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("This check id belongs to another learner's answer");
        }
        List<StepResult> steps = jdbc.query("select s.step_id, s.outcome from attempt_step s join attempt a "
                        + "on a.id = s.attempt_id where a.check_id = ? order by s.position",
                (row, n) -> new StepResult(row.getString(1), StepOutcome.valueOf(row.getString(2))), a.checkId());
        return new Grade(kept.get(0).correct(), kept.get(0).score(), steps);
    }
}
