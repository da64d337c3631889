package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Authors change files while the app runs: a reload takes the change, and a mistake never takes a module away. */
class ContentReloadTest {

    @TempDir
    Path folder;

    private ContentCatalogue catalogue;
    private Path moduleYaml;

    @BeforeEach
    void aCopyOfTheFixtureContent() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
        FileSystemUtils.deleteRecursively(folder.resolve("modules/broken-module"));
        moduleYaml = folder.resolve("modules/test-browsing/module.yaml");
        catalogue = new ContentCatalogue(new ContentProperties(folder));
    }

    @Test
    void a_changed_file_is_read_again_without_a_restart_and_gets_a_new_version() throws IOException {
        String before = catalogue.module("test-browsing").orElseThrow().version();
        replaceInModule("\"The browser\"", "\"The web browser\"");

        catalogue.reload();

        Module after = catalogue.module("test-browsing").orElseThrow();
        assertThat(after.title().in("en")).isEqualTo("The web browser");
        assertThat(after.version()).isNotEqualTo(before);
        assertThat(catalogue.keptBecauseOfMistakes()).isEmpty();
    }

    @Test
    void a_module_that_became_invalid_keeps_its_last_valid_version_until_it_is_fixed() throws IOException {
        Module valid = catalogue.module("test-browsing").orElseThrow();
        replaceInModule("en: \"The browser\"", "de: \"Der Browser\"");

        Catalogue read = catalogue.reload();

        assertThat(catalogue.module("test-browsing")).contains(valid);
        assertThat(catalogue.keptBecauseOfMistakes()).containsExactly("test-browsing");
        assertThat(read.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("modules/test-browsing/module.yaml");
            assertThat(problem.field()).startsWith("title");
        });

        replaceInModule("de: \"Der Browser\"", "en: \"The browser again\"");
        catalogue.reload();

        assertThat(catalogue.module("test-browsing").orElseThrow().title().in("en")).isEqualTo("The browser again");
        assertThat(catalogue.keptBecauseOfMistakes()).isEmpty();
    }

    @Test
    void a_new_module_folder_appears_after_a_reload() throws IOException {
        FileSystemUtils.copyRecursively(folder.resolve("modules/test-safety"), folder.resolve("modules/test-copy"));
        Path copy = folder.resolve("modules/test-copy/module.yaml");
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("id: test-safety",
                "id: test-copy"), StandardCharsets.UTF_8);

        catalogue.reload();

        assertThat(catalogue.module("test-copy")).isPresent();
    }

    private void replaceInModule(String from, String to) throws IOException {
        String yaml = Files.readString(moduleYaml, StandardCharsets.UTF_8);
        assertThat(yaml).contains(from);
        Files.writeString(moduleYaml, yaml.replace(from, to), StandardCharsets.UTF_8);
    }
}
