package org.digitalcentre;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL run's first check (docs/decisions/0011-postgresql-tested.md): its server answers, and is a
 * PostgreSQL. When it does not, this is the run's one failure, and its message says what to run
 * ({@value PostgresqlTestDatabase#WHAT_TO_RUN}); {@link PostgresqlRun} leaves the other tests out. Runs in that
 * run only.
 */
class PostgresqlServerTest {

    @Test
    void the_postgresql_server_of_the_second_run_answers() throws SQLException {
        try (Connection connection = PostgresqlTestDatabase.connectToTheServer()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
