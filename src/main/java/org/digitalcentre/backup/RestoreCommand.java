package org.digitalcentre.backup;

import org.h2.tools.Restore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code java -jar digital-centre.jar --restore=/path/backup.zip --digitalcentre.data-folder=/new/folder}: puts a
 * backup back into an EMPTY data folder, checks that the result opens, and says how to start the app on it. Run by
 * the main class before Spring starts; the app is not started. It never writes into a folder that holds anything,
 * so it cannot overwrite the database in use.
 */
public final class RestoreCommand {

    public static final String RESTORE = "--restore=";
    public static final String DATA_FOLDER = "--digitalcentre.data-folder=";
    /** Exit code when the restore was refused or failed (0 when done). */
    public static final int REFUSED = 2;

    private RestoreCommand() {
    }

    public static boolean isAsked(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(RESTORE) || arg.equals("--restore"));
    }

    /** Restores and returns the process's exit code; every message says what to do next. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> file = valueOf(args, RESTORE);
        Optional<String> folder = valueOf(args, DATA_FOLDER);
        if (file.isEmpty() || folder.isEmpty()) {
            err.println("Restore: say which backup and into which new, empty folder, e.g.\n"
                    + "  java -jar digital-centre.jar --restore=/path/digital-centre-2026-12-03_12-30-00-daily.zip "
                    + "--digitalcentre.data-folder=/path/new-folder");
            return REFUSED;
        }
        try {
            Path restored = restore(Path.of(file.get()), Path.of(folder.get()));
            out.println("Restored " + file.get() + " into " + restored.getParent() + " (database version "
                    + version(restored) + "). Start the app on it with --digitalcentre.data-folder="
                    + restored.getParent());
            return 0;
        } catch (RefusedException e) {
            err.println("Restore refused: " + e.getMessage());
            return REFUSED;
        }
    }

    /**
     * Restores the backup into the folder (created if missing, refused if it holds anything) and checks that the
     * database opens; returns the restored database file's path without its extension (as H2 names databases).
     */
    public static Path restore(Path backup, Path dataFolder) throws RefusedException {
        Path folder = dataFolder.toAbsolutePath().normalize();
        checkIsBackup(backup);
        checkIsEmptyFolder(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new RefusedException("the folder " + folder + " cannot be created (" + e.getMessage()
                    + "). Choose a folder the app can write.");
        }
        Path database = folder.resolve(BackupService.DATABASE_NAME);
        try {
            Restore.execute(backup.toAbsolutePath().toString(), folder.toString(), BackupService.DATABASE_NAME);
            version(database);
        } catch (RuntimeException | RefusedException e) {
            emptyQuietly(folder);
            throw new RefusedException("the file " + backup + " could not be restored (" + e.getMessage()
                    + "). Nothing was kept in " + folder + ".");
        }
        return database;
    }

    /** The database's version (its last update), which also proves that it opens and holds the app's tables. */
    static String version(Path database) throws RefusedException {
        String url = "jdbc:h2:file:" + database + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY")) {
            if (!last.next()) {
                throw new RefusedException("the database in it has no tables of the app");
            }
            return last.getString(1);
        } catch (SQLException e) {
            throw new RefusedException("it does not hold a database of the app: " + firstLine(e.getMessage()));
        }
    }

    private static void checkIsBackup(Path backup) throws RefusedException {
        if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
            throw new RefusedException("the file " + backup.toAbsolutePath() + " does not exist or cannot be read.");
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            boolean holdsDatabase = zip.stream().map(ZipEntry::getName).anyMatch(name -> name.endsWith(".mv.db"));
            if (!holdsDatabase) {
                throw new RefusedException("the file " + backup + " is a .zip but not a backup of the app (no "
                        + ".mv.db inside).");
            }
        } catch (IOException e) {
            throw new RefusedException("the file " + backup + " is not a backup of the app (not a readable .zip: "
                    + e.getMessage() + ").");
        }
    }

    private static void checkIsEmptyFolder(Path folder) throws RefusedException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new RefusedException(folder + " is a file, not a folder. Give a new, empty folder.");
        }
        try (Stream<Path> inside = Files.list(folder)) {
            if (inside.findAny().isPresent()) {
                throw new RefusedException("the folder " + folder + " is not empty. A restore never replaces "
                        + "data: give a new, empty folder (and stop the app before moving folders around).");
            }
        } catch (IOException e) {
            throw new RefusedException("the folder " + folder + " cannot be read (" + e.getMessage() + ").");
        }
    }

    private static void emptyQuietly(Path folder) {
        try (Stream<Path> inside = Files.walk(folder)) {
            inside.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Best effort: the message already says the folder holds nothing usable.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }

    private static Optional<String> valueOf(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .filter(value -> !value.isBlank()).reduce((first, second) -> second);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The restore was not done; the message says why and what to do. */
    public static class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }
}
