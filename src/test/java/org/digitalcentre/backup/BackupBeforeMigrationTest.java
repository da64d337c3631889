package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.digitalcentre.MovableClock;
import org.digitalcentre.backup.Backup.Reason;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A new version's updates of the tables run only after a backup of the database as it was. */
class BackupBeforeMigrationTest {

    @TempDir
    Path temp;

    @Test
    void pending_updates_of_a_database_in_use_are_preceded_by_a_backup_of_the_old_version() throws Exception {
        try (HikariDataSource data = H2Files.pool(H2Files.fileUrl(temp.resolve("data")))) {
            H2Files.migrate(data, "3"); // the database of an older version of the app
            H2Files.addCentre(data, "Centre des Lilas");
            BackupService backups = backups(data);

            new BackupBeforeMigration(backups).migrate(flyway(data));

            assertThat(backups.backups()).singleElement().extracting(Backup::reason).isEqualTo(Reason.BEFORE_UPDATE);
            assertThat(flyway(data).info().pending()).as("then migrated").isEmpty();
            Path restored = RestoreCommand.restore(backups.backups().get(0).file(), temp.resolve("restored"));
            assertThat(RestoreCommand.version(restored)).as("the backup holds the old version").isEqualTo("3");
            assertThat(H2Files.centresIn(restored)).containsExactly("Centre des Lilas");
            backups.destroy();
        }
    }

    @Test
    void a_new_empty_database_and_an_up_to_date_one_need_no_backup() {
        try (HikariDataSource data = H2Files.pool(H2Files.fileUrl(temp.resolve("data")))) {
            BackupService backups = backups(data);

            new BackupBeforeMigration(backups).migrate(flyway(data));
            new BackupBeforeMigration(backups).migrate(flyway(data));

            assertThat(backups.backups()).isEmpty();
            assertThat(flyway(data).info().applied()).isNotEmpty();
            backups.destroy();
        }
    }

    private static Flyway flyway(HikariDataSource data) {
        return Flyway.configure().dataSource(data).locations("classpath:db/migration").load();
    }

    private BackupService backups(HikariDataSource data) {
        return new BackupService(data, new BackupProperties(temp.resolve("backups"), LocalTime.NOON, 14),
                new MovableClock());
    }
}
