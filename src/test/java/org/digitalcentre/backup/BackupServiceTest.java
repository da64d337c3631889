package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.digitalcentre.MovableClock;
import org.digitalcentre.backup.Backup.Reason;
import org.digitalcentre.backup.BackupService.Support;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups of a real H2 file database with the app's tables (no Spring context: BACKUP needs a file, not memory). */
class BackupServiceTest {

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock();
    private HikariDataSource dataSource;
    private BackupService backups;

    @BeforeEach
    void aDatabaseWithTheAppsTables() {
        dataSource = H2Files.pool(H2Files.fileUrl(temp.resolve("data")));
        H2Files.migrate(dataSource, null);
        backups = service(3);
    }

    @AfterEach
    void close() {
        backups.destroy();
        dataSource.close();
    }

    private BackupService service(int keep) {
        return new BackupService(dataSource, new BackupProperties(temp.resolve("data/backups"), LocalTime.of(12, 30),
                keep), clock);
    }

    @Test
    void a_backup_is_a_zip_of_the_database_named_after_its_time_and_reason() throws Exception {
        clock.setTo(Instant.parse("2026-12-03T12:30:05Z"));

        Backup backup = backups.makeNow(Reason.MANUAL);

        assertThat(backups.support()).isEqualTo(Support.H2_FILE);
        assertThat(backup.fileName()).isEqualTo("digital-centre-2026-12-03_12-30-05-manual.zip");
        assertThat(backup.madeAt()).isEqualTo(LocalDateTime.of(2026, 12, 3, 12, 30, 5));
        assertThat(backup.size()).isEqualTo(Files.size(backup.file())).isGreaterThan(1000);
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName()).toList()).containsExactly("digital-centre.mv.db");
        }
        assertThat(backups.backups()).containsExactly(backup);
        assertThat(Files.list(backups.folder()).map(Path::getFileName).map(Path::toString).toList())
                .as("nothing half-written is left").containsExactly(backup.fileName());
    }

    @Test
    void only_the_last_ones_are_kept_newest_first() {
        clock.setTo(Instant.parse("2026-12-01T12:30:00Z"));
        for (int i = 0; i < 5; i++) {
            backups.makeNow(i == 4 ? Reason.BEFORE_UPDATE : Reason.DAILY);
            clock.advance(Duration.ofDays(1));
        }

        List<Backup> kept = backups.backups();

        assertThat(kept).extracting(Backup::fileName).containsExactly(
                "digital-centre-2026-12-05_12-30-00-before-update.zip",
                "digital-centre-2026-12-04_12-30-00-daily.zip",
                "digital-centre-2026-12-03_12-30-00-daily.zip");
    }

    @Test
    void two_backups_in_the_same_second_both_keep_their_own_file() {
        clock.setTo(Instant.parse("2026-12-03T09:00:00Z"));

        Backup first = backups.makeNow(Reason.MANUAL);
        Backup second = backups.makeNow(Reason.MANUAL);

        assertThat(second.fileName()).isEqualTo("digital-centre-2026-12-03_09-00-00-2-manual.zip");
        assertThat(backups.backups()).extracting(Backup::fileName)
                .containsExactlyInAnyOrder(first.fileName(), second.fileName());
    }

    @Test
    void the_daily_backup_is_made_once_its_time_has_passed_and_caught_up_after_a_day_the_computer_was_off() {
        clock.setTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(backups.isDailyDue()).as("never backed up").isTrue();
        backups.backUpWhenDue();
        assertThat(backups.backups()).hasSize(1);

        clock.setTo(Instant.parse("2026-12-03T12:29:00Z"));
        backups.backUpWhenDue();
        assertThat(backups.backups()).as("made at 9:00, after yesterday's 12:30").hasSize(1);

        clock.setTo(Instant.parse("2026-12-03T12:30:00Z"));
        backups.backUpWhenDue();
        assertThat(backups.backups()).hasSize(2);
        clock.setTo(Instant.parse("2026-12-03T17:00:00Z"));
        backups.backUpWhenDue();
        assertThat(backups.backups()).as("one a day").hasSize(2);

        // Off on the 4th and the morning of the 5th: started at 8:00 on the 5th, the missed one is made.
        clock.setTo(Instant.parse("2026-12-05T08:00:00Z"));
        backups.backUpWhenDue();
        assertThat(backups.backups()).hasSize(3);
        assertThat(backups.backups().get(0).reason()).isEqualTo(Reason.DAILY);
    }

    @Test
    void a_backup_is_made_while_learners_go_on_writing_and_holds_what_was_committed() throws Exception {
        H2Files.addCentre(dataSource, "Before the backup");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        CompletableFuture<Void> learners = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                 var insert = connection.prepareStatement("insert into centre (name) values (?)")) {
                while (writing.get()) {
                    insert.setString(1, "During " + written.incrementAndGet());
                    insert.executeUpdate();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (written.get() < 50) {
            Thread.sleep(5);
        }

        Backup backup = backups.makeNow(Reason.MANUAL);
        int writtenDuringBackup = written.get();
        Thread.sleep(50);
        writing.set(false);
        learners.get(30, TimeUnit.SECONDS);

        Path restored = RestoreCommand.restore(backup.file(), temp.resolve("restored"));
        List<String> names = H2Files.centresIn(restored);
        assertThat(names).first().isEqualTo("Before the backup");
        assertThat(names.size()).as("the writes went on, and the copy holds a consistent part of them")
                .isGreaterThan(50).isLessThanOrEqualTo(writtenDuringBackup + 1);
        assertThat(H2Files.centres(dataSource)).hasSize(written.get() + 1);
    }

    @Test
    void the_page_can_ask_for_a_backup_without_waiting_for_it() throws Exception {
        CompletableFuture<Backup> running = backups.makeInBackground(Reason.MANUAL);

        assertThat(running.get(30, TimeUnit.SECONDS).file()).exists();
    }

    @Test
    void an_in_memory_database_has_nothing_to_back_up() {
        try (HikariDataSource memory = H2Files.pool("jdbc:h2:mem:backup-test")) {
            BackupService inMemory = new BackupService(memory, new BackupProperties(temp.resolve("m"),
                    LocalTime.NOON, 14), clock);

            assertThat(inMemory.support()).isEqualTo(Support.IN_MEMORY);
            assertThatThrownBy(() -> inMemory.makeNow(Reason.MANUAL)).isInstanceOf(IllegalStateException.class);
            inMemory.backUpWhenDue();
            assertThat(temp.resolve("m")).doesNotExist();
            inMemory.destroy();
        }
    }

    @Test
    void a_backup_into_a_folder_that_cannot_be_written_fails_with_the_folder_named() throws Exception {
        Path aFile = Files.writeString(temp.resolve("not-a-folder"), "x");
        BackupService wrong = new BackupService(dataSource, new BackupProperties(aFile.resolve("backups"),
                LocalTime.NOON, 14), clock);

        assertThatThrownBy(() -> wrong.makeNow(Reason.MANUAL))
                .isInstanceOf(BackupService.BackupFailedException.class)
                .hasMessageContaining(aFile.resolve("backups").toString());
        wrong.destroy();
    }

    @Test
    void nothing_else_in_the_folder_is_listed_or_deleted() throws Exception {
        Files.createDirectories(backups.folder());
        Path other = Files.writeString(backups.folder().resolve("notes.zip"), "mine");
        clock.setTo(Instant.parse("2026-12-01T12:30:00Z"));
        for (int i = 0; i < 4; i++) {
            backups.makeNow(Reason.DAILY);
            clock.advance(Duration.ofDays(1));
        }

        assertThat(backups.backups()).hasSize(3);
        assertThat(other).exists();
    }

    @Test
    void a_statement_inside_a_transaction_does_not_stop_the_backup() throws Exception {
        try (Connection open = dataSource.getConnection(); Statement statement = open.createStatement()) {
            open.setAutoCommit(false);
            statement.executeUpdate("insert into centre (name) values ('Not committed')");

            Backup backup = backups.makeNow(Reason.MANUAL);

            assertThat(H2Files.centresIn(RestoreCommand.restore(backup.file(), temp.resolve("r"))))
                    .doesNotContain("Not committed");
            open.rollback();
        }
    }
}
