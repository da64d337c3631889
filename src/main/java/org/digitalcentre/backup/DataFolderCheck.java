package org.digitalcentre.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Before the database opens, the app makes sure it can write in its data folder (it creates and deletes a file
 * there: permission bits alone say nothing when it runs as root, and a folder on a read-only disk or under a file
 * cannot be written at all). When it cannot, it says so in one log line, naming the folder and what to do, and stops
 * with exit code 2 rather than starting and failing at a learner's first answer. Added by the main class; tests on
 * an in-memory database are not concerned.
 */
public class DataFolderCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final int CANNOT_WRITE = 2;
    private static final Logger log = LoggerFactory.getLogger(DataFolderCheck.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        folderToCheck(event.getEnvironment()).flatMap(DataFolderCheck::problemWith).ifPresent(problem -> {
            log.error(problem);
            System.exit(CANNOT_WRITE);
        });
    }

    /** The data folder, when the database is an H2 file (not PostgreSQL, not in memory). */
    static Optional<Path> folderToCheck(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String folder = environment.getProperty("digitalcentre.data-folder");
        boolean h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        return h2File && folder != null ? Optional.of(Path.of(folder)) : Optional.empty();
    }

    /** What is wrong with the folder, in one line that says what to do; empty when the app can write there. */
    public static Optional<String> problemWith(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check-", ".tmp");
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of("The app cannot write in its data folder " + absolute + " (" + describe(e)
                    + "), so it does not start: learners' answers would not be saved. Free some space, make the "
                    + "folder writable by the user running the app, or start it with "
                    + "--digitalcentre.data-folder=/a/folder/it/can/write");
        }
    }

    private static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
