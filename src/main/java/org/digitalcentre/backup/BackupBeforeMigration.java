package org.digitalcentre.backup;

import org.digitalcentre.backup.Backup.Reason;
import org.digitalcentre.backup.BackupService.Support;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * A new version of the app updates the tables (Flyway) only after a backup of the database as it was: when the update
 * goes wrong, the centre restores that backup and goes back to the previous version. A new, empty database needs none.
 * If that backup cannot be made, the app does not start (the data stays as it was) and the log says why.
 */
@Component
class BackupBeforeMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(BackupBeforeMigration.class);

    private final BackupService backups;

    BackupBeforeMigration(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        if (info.applied().length > 0 && info.pending().length > 0 && backups.support() == Support.H2_FILE) {
            log.info("{} update(s) of the database are waiting: backing it up first", info.pending().length);
            try {
                Backup backup = backups.makeNow(Reason.BEFORE_UPDATE);
                log.info("Backup before the update: {}", backup.file());
            } catch (RuntimeException e) {
                throw new IllegalStateException("The database was NOT updated, and the app does not start: the backup "
                        + "before the update failed (" + e.getMessage() + "). Free some space or give another "
                        + "folder with --digitalcentre.backup.folder=..., then start again.", e);
            }
        }
        flyway.migrate();
    }
}
