package org.digitalcentre.backup.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.zaxxer.hikari.HikariDataSource;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.MovableClock;
import org.digitalcentre.backup.Backup;
import org.digitalcentre.backup.Backup.Reason;
import org.digitalcentre.backup.BackupProperties;
import org.digitalcentre.backup.BackupService;
import org.digitalcentre.base.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The administrators' backups page. The test context's database is in memory (nothing to back up), so the page
 * with backups is built here on a real H2 file database of its own.
 */
class BackupsViewTest extends KaribuTest {

    @TempDir
    Path temp;

    private HikariDataSource file;
    private BackupService backups;
    private BackupService theRealOne;

    @AfterEach
    void closeTheFileDatabase() {
        if (backups != null) {
            backups.destroy();
        }
        if (theRealOne != null) {
            theRealOne.destroy();
        }
        if (file != null) {
            file.close();
        }
    }

    @Test
    void an_administrator_finds_the_page_in_her_menu_and_a_teacher_does_not() {
        openStaffAccount("claire", Role.ADMIN);
        openStaffAccount("tania", Role.TEACHER);
        signInAsStaff("claire");
        open("backups");

        assertThat(_get(H1.class).getText()).isEqualTo("Backups");
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Backups"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withText("The database is in memory (tests): there is "
                + "nothing to back up."))).isNotNull();
        _assertNone(Button.class, spec -> spec.withText("Make a backup now"));

        signInAsStaff("tania");
        UI.getCurrent().getPage().reload();
        open("backups");

        assertThat(_get(H1.class).getText()).isIn("Private page", "Page not found");
        assertThat(_find(SideNavItem.class, spec -> spec.withLabel("Backups"))).isEmpty();
    }

    @Test
    void she_sees_the_last_backups_with_time_reason_and_size_and_can_download_each() {
        aFileDatabaseWithBackups(Locale.ENGLISH);
        BackupsView page = showPage();

        Grid<?> grid = _get(page, Grid.class);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("December 3, 2026, 12:30 PM", "Daily backup");
        assertThat(_getFormattedRow(grid, 1)).contains("December 2, 2026, 9:15 AM", "Before an update");
        assertThat(_getFormattedRow(grid, 0).get(2)).matches("\\d+(\\.\\d)? kB");
        Anchor download = (Anchor) _getCellComponent(grid, 0, "download");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().getAttribute("aria-label"))
                .isEqualTo("Download the backup of December 3, 2026, 12:30 PM");
        assertThat(_get(page, Paragraph.class, spec -> spec.withText("Backup folder: " + backups.folder())))
                .isNotNull();
    }

    @Test
    void sizes_are_said_in_french_words() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        aFileDatabaseWithBackups(Locale.FRENCH);
        BackupsView page = showPage();

        Grid<?> grid = _get(page, Grid.class);
        assertThat(_getFormattedRow(grid, 0)).contains("3 décembre 2026, 12:30", "Sauvegarde du jour");
        assertThat(_getFormattedRow(grid, 0).get(2)).matches("\\d+(,\\d)? Ko");
    }

    @Test
    void make_a_backup_now_shows_that_it_is_working_then_the_new_backup() throws Exception {
        aFileDatabaseWithBackups(Locale.ENGLISH);
        BackupsView page = showPage();
        Button makeNow = _get(page, Button.class, spec -> spec.withText("Make a backup now"));

        _click(makeNow);

        Grid<?> grid = _get(page, Grid.class);
        long deadline = System.currentTimeMillis() + 30_000;
        while (_size(grid) < 3 && System.currentTimeMillis() < deadline) {
            // The backup runs on its own thread; the page is updated through UI.access, run at the next round trip.
            Thread.sleep(50);
            MockVaadin.clientRoundtrip();
        }
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 0)).contains("Made on request");
        assertThat(makeNow.isEnabled()).isTrue();
        assertThat(progressBar(page).isVisible()).isFalse();
        assertThat(_get(page, Span.class, spec -> spec.withClasses("backup-status")).getText()).isEmpty();
        assertThat(backups.backups()).hasSize(3);
    }

    @Test
    void while_it_is_working_the_button_waits_and_the_page_says_so() {
        aFileDatabaseWithBackups(Locale.ENGLISH);
        CompletableFuture<Backup> running = aBackupThatTakesItsTime();
        BackupsView page = showPage();
        Button makeNow = _get(page, Button.class, spec -> spec.withText("Make a backup now"));

        _click(makeNow);

        assertThat(makeNow.isEnabled()).isFalse();
        assertThat(progressBar(page).isVisible()).isTrue();
        assertThat(progressBar(page).isIndeterminate()).isTrue();
        assertThat(_get(page, Span.class, spec -> spec.withClasses("backup-status")).getText())
                .isEqualTo("Backing up… Learners can go on working.");

        running.complete(backups.makeNow(Reason.MANUAL));
        MockVaadin.clientRoundtrip(); // the page hears back through UI.access

        assertThat(makeNow.isEnabled()).isTrue();
        assertThat(progressBar(page).isVisible()).isFalse();
        assertThat(_size(_get(page, Grid.class))).isEqualTo(3);
        expectNotifications("Backup made: December 3, 2026, 3:00 PM, " + _getFormattedRow(_get(page, Grid.class), 0)
                .get(2) + ".");
    }

    @Test
    void a_failed_backup_says_what_to_check_without_technical_details() {
        aFileDatabaseWithBackups(Locale.ENGLISH);
        CompletableFuture<Backup> running = aBackupThatTakesItsTime();
        BackupsView page = showPage();
        Button makeNow = _get(page, Button.class, spec -> spec.withText("Make a backup now"));

        _click(makeNow);
        running.completeExceptionally(new IllegalStateException("No space left on device"));
        MockVaadin.clientRoundtrip();

        expectNotifications("The backup could not be made. Check that the disk has free space and that the app "
                + "can write in the folder " + backups.folder() + ". The details are in the app’s log.");
        assertThat(makeNow.isEnabled()).isTrue();
        assertThat(_size(_get(page, Grid.class))).isEqualTo(2);
    }

    /** The page's backup service, but "Make a backup now" waits until the test completes the returned backup. */
    private CompletableFuture<Backup> aBackupThatTakesItsTime() {
        CompletableFuture<Backup> running = new CompletableFuture<>();
        BackupService real = backups;
        backups = new BackupService(file, real.properties(), new MovableClock()) {
            @Override
            public CompletableFuture<Backup> makeInBackground(Reason reason) {
                return running;
            }

            @Override
            public Backup makeNow(Reason reason) {
                return real.makeNow(reason);
            }
        };
        theRealOne = real;
        return running;
    }

    private static ProgressBar progressBar(BackupsView page) {
        return (ProgressBar) page.getChildren().filter(ProgressBar.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void on_postgresql_the_page_says_it_is_the_database_administrators_job_and_makes_none() throws Exception {
        DataSource postgresql = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metadata = mock(DatabaseMetaData.class);
        when(postgresql.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metadata);
        when(metadata.getDatabaseProductName()).thenReturn("PostgreSQL");
        backups = new BackupService(postgresql, new BackupProperties(temp.resolve("b"), LocalTime.NOON, 14),
                new MovableClock());
        BackupsView page = showPage();

        assertThat(_get(page, Paragraph.class, spec -> spec.withClasses("backups-by-administrator")).getText())
                .contains("PostgreSQL", "database administrator", "pg_dump");
        _assertNone(page, Button.class);
        _assertNone(page, Grid.class);
    }

    private void aFileDatabaseWithBackups(Locale locale) {
        file = new HikariDataSource();
        file.setJdbcUrl("jdbc:h2:file:" + temp.toAbsolutePath().resolve("data/digital-centre"));
        file.setUsername("sa");
        Flyway.configure().dataSource(file).locations("classpath:db/migration").load().migrate();
        MovableClock clock = new MovableClock();
        backups = new BackupService(file, new BackupProperties(temp.resolve("data/backups"), LocalTime.of(12, 30),
                14), clock);
        clock.setTo(Instant.parse("2026-12-02T09:15:00Z"));
        backups.makeNow(Reason.BEFORE_UPDATE);
        clock.setTo(Instant.parse("2026-12-03T12:30:00Z"));
        backups.makeNow(Reason.DAILY);
        clock.setTo(Instant.parse("2026-12-03T15:00:00Z"));
    }

    private BackupsView showPage() {
        openStaffAccount("claire", Role.ADMIN);
        signInAsStaff("claire");
        BackupsView page = new BackupsView(backups);
        UI.getCurrent().add(page);
        return page;
    }
}
