package org.digitalcentre.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The service without Spring: it is a plain constructor over the loader. */
class ContentCatalogueTest {

    @Test
    void the_catalogue_is_read_once_when_the_service_is_made() {
        ContentCatalogue content = new ContentCatalogue(new ContentProperties(ContentFixtures.valid()));

        assertThat(content.topics()).extracting(Topic::id).containsExactly("browsing", "safety");
        assertThat(content.modules()).extracting(Module::id).containsExactly(ContentFixtures.MODULE_ID);
        assertThat(content.module(ContentFixtures.MODULE_ID)).isPresent();
        assertThat(content.module("no-such-module")).isEmpty();
        assertThat(content.modulesOf("browsing")).hasSize(1);
        assertThat(content.modulesOf("safety")).isEmpty();
        assertThat(content.current().problems()).isEmpty();
    }

    @Test
    void a_missing_folder_gives_an_empty_catalogue_and_the_app_still_starts(@TempDir Path parent) {
        ContentCatalogue content = new ContentCatalogue(new ContentProperties(parent.resolve("content")));

        assertThat(content.modules()).isEmpty();
        assertThat(content.current().problems()).hasSize(1);
    }

    @Test
    void a_reload_reads_changed_files_and_a_broken_module_keeps_its_last_valid_version(@TempDir Path folder)
            throws IOException {
        ContentFixtures.copyOfValid(folder);
        ContentCatalogue content = new ContentCatalogue(new ContentProperties(folder));
        Module valid = content.module("browsing-first-steps").orElseThrow();
        Files.writeString(folder.resolve("modules/browsing-first-steps/module.yaml"), "level: one");

        content.reload();

        assertThat(content.current().problems()).isNotEmpty();
        assertThat(content.modules()).containsExactly(valid);
        assertThat(content.keptBecauseOfMistakes()).containsExactly("browsing-first-steps");
    }
}
