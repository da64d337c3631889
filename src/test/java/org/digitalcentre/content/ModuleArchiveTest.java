package org.digitalcentre.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleArchiveTest {

    @Test
    void a_module_downloads_as_a_zip_of_its_folder() throws IOException {
        Module module = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/ui"))
                .module("test-browsing").orElseThrow();

        List<String> names = new ArrayList<>();
        String yaml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ModuleArchive.zip(module)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().endsWith("module.yaml")) {
                    yaml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }

        assertThat(names).containsExactly("test-browsing/end.en.md", "test-browsing/end.fr.md",
                "test-browsing/intro.en.md", "test-browsing/intro.fr.md", "test-browsing/intro.fr.wav",
                "test-browsing/module.yaml");
        assertThat(yaml).contains("id: test-browsing");
    }
}
