package org.digitalcentre;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second run of the service tests, against PostgreSQL (docs/decisions/0011-postgresql-tested.md). The pom's
 * "postgresql" Surefire execution sets {@value #SWITCH}=postgresql and the server's address; every Spring context of
 * that run then uses this server, in a schema of its own made at the run's start, so that a run never sees the rows
 * of an earlier one. Schemas of runs older than {@link #OLD_RUN} are dropped. Outside that execution it does nothing.
 * It overrides even a test's own datasource URL (test properties come first otherwise): the run is on PostgreSQL
 * throughout or fails.
 */
public class PostgresqlTestDatabase implements EnvironmentPostProcessor, Ordered {

    static final String SWITCH = "digitalcentre.test-database";
    static final String WHAT_TO_RUN = "sudo apt-get install postgresql && sudo .ci/postgresql";

    private static final String SCHEMA_PREFIX = "test_run_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern RUN_SCHEMA = Pattern.compile(SCHEMA_PREFIX + "(\\d{14})_\\d+");
    private static final Duration OLD_RUN = Duration.ofHours(1);

    /** One schema for the whole run (one JVM): the run's Spring contexts share it, as they share H2's memory. */
    private static String runSchema;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!isPostgresqlRun()) {
            return;
        }
        String url = required(SWITCH + ".url");
        String username = required(SWITCH + ".username");
        String password = System.getProperty(SWITCH + ".password", "");
        String schema = runSchema(url, username, password);
        environment.getPropertySources().addFirst(new MapPropertySource("postgresqlTestDatabase", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "spring.flyway.default-schema", schema,
                "spring.flyway.schemas", schema,
                // A @DataJpaTest would otherwise swap in an embedded H2.
                "spring.test.database.replace", "none")));
    }

    /** True in the pom's "postgresql" execution. */
    static boolean isPostgresqlRun() {
        return "postgresql".equals(System.getProperty(SWITCH));
    }

    /**
     * A connection to the run's server, or an IllegalStateException whose message says what to run: the one
     * failure of the run when the server is not there ({@link PostgresqlServerTest}).
     */
    static Connection connectToTheServer() {
        return connect(required(SWITCH + ".url"), required(SWITCH + ".username"),
                System.getProperty(SWITCH + ".password", ""));
    }

    private static synchronized String runSchema(String url, String username, String password) {
        if (runSchema == null) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            String schema = SCHEMA_PREFIX + now.format(STAMP) + "_" + ProcessHandle.current().pid();
            try (Connection connection = connect(url, username, password)) {
                dropOldRuns(connection, now);
                connection.createStatement().execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare schema " + schema + " on " + url + ": "
                        + e.getMessage(), e);
            }
            System.out.println("Service tests on PostgreSQL: " + url + ", schema " + schema);
            runSchema = schema;
        }
        return runSchema;
    }

    private static Connection connect(String url, String username, String password) {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", "5");
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            String message = """
                    PostgreSQL cannot be reached at %s as user %s (%s). The service tests run a second time on \
                    PostgreSQL: start a local one with `%s`, or point them at another server with \
                    mvn verify -Dpostgresql.test.url=jdbc:postgresql://HOST:PORT/DATABASE \
                    -Dpostgresql.test.username=USER -Dpostgresql.test.password=PASSWORD""".formatted(
                    url, username, e.getMessage(), WHAT_TO_RUN);
            throw new IllegalStateException(message, e);
        }
    }

    /** Schemas of runs that ended long ago (or were killed): a run lasts minutes, so none of them is still in use. */
    private static void dropOldRuns(Connection connection, LocalDateTime now) throws SQLException {
        List<String> old = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'")) {
            while (rows.next()) {
                Matcher name = RUN_SCHEMA.matcher(rows.getString(1));
                if (name.matches() && startedBefore(name.group(1), now.minus(OLD_RUN))) {
                    old.add(name.group());
                }
            }
        }
        for (String schema : old) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static boolean startedBefore(String stamp, LocalDateTime limit) {
        try {
            return LocalDateTime.parse(stamp, STAMP).isBefore(limit);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The PostgreSQL test run needs the system property " + property
                    + " (the pom sets it from postgresql.test.url, .username, .password)");
        }
        return value;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
