package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.digitalcentre.MovableClock;
import org.digitalcentre.backup.Backup.Reason;
import org.digitalcentre.backup.RestoreCommand.RefusedException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The restore command, on real backups of a real H2 file database, and on what is not a backup. */
class RestoreCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void a_backup_restored_into_a_new_folder_holds_the_data_as_it_was_at_the_backup() throws Exception {
        Path backup;
        String version;
        try (HikariDataSource data = H2Files.pool(H2Files.fileUrl(temp.resolve("data")))) {
            H2Files.migrate(data, null);
            version = Flyway.configure().dataSource(data).locations("classpath:db/migration").load().info().current()
                    .getVersion().getVersion();
            H2Files.addCentre(data, "Centre des Lilas");
            H2Files.addCentre(data, "Centre du Port");
            backup = backups(data).makeNow(Reason.MANUAL).file();
            // Changed after the backup: one more, one renamed.
            H2Files.addCentre(data, "Centre ouvert après");
            try (var connection = data.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("update centre set name = 'Renamed' where name = 'Centre du Port'");
            }
            assertThat(H2Files.centres(data)).containsExactly("Centre des Lilas", "Renamed", "Centre ouvert après");
        }
        Path folder = temp.resolve("new-folder");

        int exit = run("--restore=" + backup, "--digitalcentre.data-folder=" + folder);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored", "--digitalcentre.data-folder=" + folder,
                "version " + version + ")");
        assertThat(H2Files.centresIn(folder.resolve(BackupService.DATABASE_NAME)))
                .containsExactly("Centre des Lilas", "Centre du Port");
        // The app starts on it: its migrations find the tables up to date.
        try (HikariDataSource restored = H2Files.pool(H2Files.fileUrl(folder))) {
            var result = Flyway.configure().dataSource(restored).locations("classpath:db/migration").load()
                    .validateWithResult();
            assertThat(result.validationSuccessful).isTrue();
        }
    }

    @Test
    void a_folder_that_holds_anything_is_refused_and_left_as_it_was() throws Exception {
        Path backup = aBackup();
        Path used = Files.createDirectories(temp.resolve("used"));
        Path mine = Files.writeString(used.resolve("digital-centre.mv.db"), "the database in use");

        int exit = run("--restore=" + backup, "--digitalcentre.data-folder=" + used);

        assertThat(exit).isEqualTo(RestoreCommand.REFUSED);
        assertThat(err.toString()).contains("Restore refused", "is not empty", used.toString());
        assertThat(Files.readString(mine)).isEqualTo("the database in use");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_and_nothing_is_written() throws Exception {
        Path notABackup = Files.writeString(temp.resolve("photo.zip"), "not a zip at all");
        Path folder = temp.resolve("empty");

        int exit = run("--restore=" + notABackup, "--digitalcentre.data-folder=" + folder);

        assertThat(exit).isEqualTo(RestoreCommand.REFUSED);
        assertThat(err.toString()).contains("is not a backup of the app");
        assertThat(folder).doesNotExist();
    }

    @Test
    void a_zip_without_a_database_is_refused() throws Exception {
        Path zip = temp.resolve("letters.zip");
        try (var stream = new ZipOutputStream(Files.newOutputStream(zip))) {
            stream.putNextEntry(new ZipEntry("letter.txt"));
            stream.write("Bonjour".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> RestoreCommand.restore(zip, temp.resolve("f")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no .mv.db inside");
    }

    @Test
    void a_database_that_is_not_the_apps_is_refused_and_removed_again() throws Exception {
        Path zip = temp.resolve("other.zip");
        try (var other = H2Files.pool(H2Files.fileUrl(temp.resolve("other")));
             var connection = other.getConnection(); var statement = connection.createStatement()) {
            statement.execute("create table t (i int)");
            statement.execute("BACKUP TO '" + zip + "'");
        }
        Path folder = temp.resolve("target-folder");

        assertThatThrownBy(() -> RestoreCommand.restore(zip, folder))
                .isInstanceOf(RefusedException.class).hasMessageContaining("could not be restored");
        try (var left = Files.list(folder)) {
            assertThat(left).as("nothing half-restored is left").isEmpty();
        }
    }

    @Test
    void a_missing_file_or_a_missing_folder_says_what_to_give() throws Exception {
        assertThat(run("--restore=" + temp.resolve("nowhere.zip"), "--digitalcentre.data-folder=" + temp.resolve("x")))
                .isEqualTo(RestoreCommand.REFUSED);
        assertThat(err.toString()).contains("does not exist or cannot be read");

        assertThat(run("--restore=" + aBackup())).isEqualTo(RestoreCommand.REFUSED);
        assertThat(err.toString()).contains("--digitalcentre.data-folder=");
    }

    @Test
    void a_data_folder_under_a_file_is_refused() throws Exception {
        Path aFile = Files.writeString(temp.resolve("a-file"), "x");

        assertThatThrownBy(() -> RestoreCommand.restore(aBackup(), aFile.resolve("data")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("cannot be created");
    }

    @Test
    void the_main_class_recognises_the_restore_command() {
        assertThat(RestoreCommand.isAsked(new String[] {"--restore=/x.zip"})).isTrue();
        assertThat(RestoreCommand.isAsked(new String[] {"--server.port=8081"})).isFalse();
    }

    private Path aBackup() throws Exception {
        try (HikariDataSource data = H2Files.pool(H2Files.fileUrl(temp.resolve("source")))) {
            H2Files.migrate(data, null);
            return backups(data).makeNow(Reason.MANUAL).file();
        }
    }

    private BackupService backups(HikariDataSource data) {
        return new BackupService(data, new BackupProperties(temp.resolve("backups"), LocalTime.NOON, 14),
                new MovableClock());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return RestoreCommand.run(args, new PrintStream(out, true), new PrintStream(err, true));
    }
}
