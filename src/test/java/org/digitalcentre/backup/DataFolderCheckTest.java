package org.digitalcentre.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app refuses a data folder it cannot write before the database opens. Running as root, permission bits do not
 * stop writes: the folders here cannot be written by anyone (a "folder" under a regular file).
 */
class DataFolderCheckTest {

    @TempDir
    Path temp;

    @Test
    void a_folder_it_can_write_passes_and_is_created_when_missing_with_nothing_left_behind() throws IOException {
        Path folder = temp.resolve("new/data");

        assertThat(DataFolderCheck.problemWith(folder)).isEmpty();
        try (var inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
    }

    @Test
    void a_folder_that_cannot_be_written_is_named_in_one_line_that_says_what_to_do() throws IOException {
        Path aFile = Files.writeString(temp.resolve("a-file"), "x");
        Path folder = aFile.resolve("data");

        Optional<String> problem = DataFolderCheck.problemWith(folder);

        assertThat(problem).hasValueSatisfying(line -> assertThat(line)
                .contains(folder.toString(), "cannot write", "--digitalcentre.data-folder=")
                .doesNotContain("\n"));
    }

    @Test
    void a_data_folder_that_is_a_file_is_refused() throws IOException {
        Path aFile = Files.writeString(temp.resolve("data"), "x");

        assertThat(DataFolderCheck.problemWith(aFile)).isPresent();
    }

    @Test
    void only_an_h2_file_database_is_checked() {
        MockEnvironment environment = new MockEnvironment().withProperty("digitalcentre.data-folder", "./data");

        environment.setProperty("spring.datasource.url", "jdbc:h2:file:./data/digital-centre");
        assertThat(DataFolderCheck.folderToCheck(environment)).contains(Path.of("./data"));
        environment.setProperty("spring.datasource.url", "jdbc:h2:mem:tests;DB_CLOSE_DELAY=-1");
        assertThat(DataFolderCheck.folderToCheck(environment)).isEmpty();
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://localhost/digitalcentre");
        assertThat(DataFolderCheck.folderToCheck(environment)).isEmpty();
    }

    /** The real main class in its own JVM: one line, exit code 2, before the database opens. */
    @Test
    void the_app_started_on_a_folder_it_cannot_write_stops_with_one_clear_line_and_exit_code_2() throws Exception {
        Path aFile = Files.writeString(temp.resolve("a-file"), "x");
        Path folder = aFile.resolve("data");

        Run run = runMain("--digitalcentre.data-folder=" + folder, "--server.port=0");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(DataFolderCheck.CANNOT_WRITE);
        assertThat(run.output().lines().filter(line -> line.contains("cannot write in its data folder")))
                .singleElement().asString().contains(folder.toString());
        assertThat(run.output()).doesNotContain("HikariPool", "Flyway", "Tomcat started");
    }

    @Test
    void the_restore_command_run_by_the_main_class_refuses_a_file_that_is_not_a_backup_with_exit_code_2()
            throws Exception {
        Path notABackup = Files.writeString(temp.resolve("notes.zip"), "not a zip");

        Run run = runMain("--restore=" + notABackup, "--digitalcentre.data-folder=" + temp.resolve("new"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(RestoreCommand.REFUSED);
        assertThat(run.output()).contains("Restore refused", "is not a backup of the app");
        assertThat(temp.resolve("new")).doesNotExist();
    }

    private record Run(int exitCode, String output) {
    }

    private Run runMain(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.digitalcentre.Application"));
        command.addAll(List.of(args));
        Path log = temp.resolve("output-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The app did not stop within 2 minutes:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
