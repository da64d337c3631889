package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.sql.SQLException;

/**
 * Brings the H2 database back by itself after a write failed. When H2 2.4 cannot write its file ("No space left on
 * device"), it closes the database; every pooled connection then answers "The database has been closed" (90098)
 * forever, even once space is freed, and still passes the pool's validity check. Here the pool drops all its
 * connections at the first such answer: the next request opens a new connection, which reopens the file from its
 * last complete state (or fails again, and is dropped again, while the disk is still full). Measured with a file
 * system that fails on demand (DatabaseRecoveryTest); see docs/decisions/0010-backups.md.
 */
@Component
class DatabaseRecovery implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            watch(pool);
        }
        return bean;
    }

    /** Sets the pool to drop its connections when the database behind them has closed (before the pool starts). */
    static void watch(HikariDataSource pool) {
        pool.setExceptionOverride(new DropConnectionsOfAClosedDatabase(pool));
    }

    static final class DropConnectionsOfAClosedDatabase implements SQLExceptionOverride {

        private static final Logger log = LoggerFactory.getLogger(DatabaseRecovery.class);

        private final HikariDataSource pool;

        DropConnectionsOfAClosedDatabase(HikariDataSource pool) {
            this.pool = pool;
        }

        @java.lang.Override
        public Override adjudicate(SQLException exception) {
            if (!databaseIsClosed(exception)) {
                return Override.CONTINUE_EVICT;
            }
            var connections = pool.getHikariPoolMXBean();
            if (connections != null) {
                log.warn("The database has closed after an error ({}; a full disk?): the pool drops its {} "
                        + "connection(s) and reopens the database at the next request", exception.getMessage(),
                        connections.getTotalConnections());
                connections.softEvictConnections();
            }
            return Override.MUST_EVICT;
        }

        private static boolean databaseIsClosed(SQLException exception) {
            return exception.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || exception.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN;
        }
    }
}
