package org.digitalcentre.backup;

import org.digitalcentre.backup.Backup.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backups of the H2 database with H2's own {@code BACKUP TO} (a consistent copy made while learners go on
 * working, not a copy of a file being written): every day at the configured time, before every update of the tables
 * ({@link BackupBeforeMigration}) and when an administrator asks. The last {@link BackupProperties#keep()} are kept.
 * One backup at a time: they queue on one thread. On PostgreSQL the app makes none (pg_dump is the database
 * administrator's job).
 */
@Service
public class BackupService implements DisposableBean {

    /** The name of the H2 database inside the data folder, and so of the file inside a backup. */
    public static final String DATABASE_NAME = "digital-centre";

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter IN_FILE_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final Pattern BACKUP_NAME = Pattern.compile(
            Pattern.quote(DATABASE_NAME) + "-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?-([a-z-]+)\\.zip");
    /** After a failed daily backup, the next try waits this long (not every minute, not silently never). */
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofHours(1);

    /** Which database the app runs on, which says who makes the backups. */
    public enum Support {
        /** An H2 file: the app makes the backups. */
        H2_FILE,
        /** PostgreSQL (or another server): its administrator does, with its own tools. */
        DATABASE_ADMINISTRATOR,
        /** H2 in memory (tests): there is nothing on disk to keep. */
        IN_MEMORY
    }

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;
    private final ExecutorService oneAtATime = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Support support;
    private volatile LocalDateTime dailyFailedAt;

    public BackupService(DataSource dataSource, BackupProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    public Support support() {
        if (support == null) {
            support = supportOf(dataSource);
        }
        return support;
    }

    public Path folder() {
        return properties.folder().toAbsolutePath().normalize();
    }

    public BackupProperties properties() {
        return properties;
    }

    /** The backups in the folder, the newest first. */
    public List<Backup> backups() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> read(file).ifPresent(found::add));
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder " + folder + " cannot be read", e);
        }
        found.sort(Comparator.comparing(Backup::madeAt).thenComparing(Backup::fileName).reversed());
        return found;
    }

    /** The backup of that name in the folder, if there is one (a name from {@link #backups()}, never a path). */
    public Optional<Backup> backup(String fileName) {
        return backups().stream().filter(backup -> backup.fileName().equals(fileName)).findFirst();
    }

    /** Makes a backup now, after any being made; returns when it is complete. */
    public Backup makeNow(Reason reason) {
        try {
            return makeInBackground(reason).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Starts a backup on the backup thread: the page stays responsive while a large database is copied. */
    public CompletableFuture<Backup> makeInBackground(Reason reason) {
        return CompletableFuture.supplyAsync(() -> make(reason), oneAtATime);
    }

    /**
     * Every minute: makes the day's backup when its time has passed and none was made since. When the computer was
     * off at that time, the backup is made soon after the next start.
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    public void backUpWhenDue() {
        if (support() != Support.H2_FILE || !isDailyDue()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (dailyFailedAt != null && dailyFailedAt.plus(RETRY_AFTER_FAILURE).isAfter(now)) {
            return;
        }
        try {
            makeNow(Reason.DAILY);
            dailyFailedAt = null;
        } catch (RuntimeException e) {
            dailyFailedAt = now;
            log.error("The daily backup failed; next try in {} minutes", RETRY_AFTER_FAILURE.toMinutes(), e);
        }
    }

    /** True when the last scheduled time has passed since the newest backup (of any kind). */
    boolean isDailyDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime today = now.toLocalDate().atTime(properties.time());
        LocalDateTime lastScheduled = now.isBefore(today) ? today.minusDays(1) : today;
        List<Backup> backups = backups();
        return backups.isEmpty() || backups.get(0).madeAt().isBefore(lastScheduled);
    }

    private Backup make(Reason reason) {
        if (support() != Support.H2_FILE) {
            throw new IllegalStateException("The app makes backups of an H2 file database only, not of " + support());
        }
        LocalDateTime madeAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            Path file = freeName(folder, madeAt, reason);
            // Written under another name first: a backup cut short is never listed, kept or restored.
            Path partial = folder.resolve(file.getFileName() + ".part");
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                Files.deleteIfExists(partial);
                throw new BackupFailedException("The backup to " + file + " failed: " + e.getMessage(), e);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backup made ({}): {}, {} bytes in {} ms", reason.inFileName(), file, Files.size(file),
                    (System.nanoTime() - start) / 1_000_000);
            prune();
            return read(file).orElseThrow();
        } catch (IOException e) {
            throw new BackupFailedException("The backup in " + folder + " failed: " + e.getMessage(), e);
        }
    }

    /** Deletes the oldest backups beyond the number to keep. */
    private void prune() throws IOException {
        List<Backup> backups = backups();
        for (Backup old : backups.subList(Math.min(properties.keep(), backups.size()), backups.size())) {
            Files.deleteIfExists(old.file());
            log.info("Old backup deleted: {}", old.file());
        }
    }

    private static Path freeName(Path folder, LocalDateTime madeAt, Reason reason) {
        String time = IN_FILE_NAME.format(madeAt);
        Path file = folder.resolve(DATABASE_NAME + "-" + time + "-" + reason.inFileName() + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(DATABASE_NAME + "-" + time + "-" + n + "-" + reason.inFileName() + ".zip");
        }
        return file;
    }

    private static Optional<Backup> read(Path file) {
        Matcher name = BACKUP_NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<Reason> reason = Stream.of(Reason.values())
                .filter(r -> r.inFileName().equals(name.group(3))).findFirst();
        try {
            return reason.map(r -> new Backup(file, LocalDateTime.parse(name.group(1), IN_FILE_NAME), r,
                    sizeOf(file)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static Support supportOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            var metadata = connection.getMetaData();
            if (!"H2".equalsIgnoreCase(metadata.getDatabaseProductName())) {
                return Support.DATABASE_ADMINISTRATOR;
            }
            String url = metadata.getURL();
            return url.startsWith("jdbc:h2:mem:") ? Support.IN_MEMORY : Support.H2_FILE;
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to know how it is backed up", e);
        }
    }

    @Override
    public void destroy() {
        oneAtATime.shutdown();
    }

    /** A backup could not be made: the folder cannot be written, the disk is full, the database is closed. */
    public static class BackupFailedException extends RuntimeException {
        BackupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
