package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.digitalcentre.PostgresqlRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own pool carries the setting that DatabaseRecoveryTest measures (same Spring context as
 * HealthEndpointTest and StaffLoginFormTest: no new one).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
@Tag(PostgresqlRun.H2_ONLY) // the recovery is for H2's embedded file; PostgreSQL's pool needs none
class DatabaseRecoveryWiringTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_apps_pool_drops_its_connections_when_the_database_has_closed() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getExceptionOverride())
                .isInstanceOf(DatabaseRecovery.DropConnectionsOfAClosedDatabase.class);
    }
}
