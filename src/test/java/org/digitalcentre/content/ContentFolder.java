package org.digitalcentre.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A content folder a test writes file by file, loads strictly, and checks for the mistake it planted. */
final class ContentFolder {

    private final Path root;

    ContentFolder(Path root) {
        this.root = root;
    }

    void write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Catalogue load() {
        return new ContentLoader().load(root);
    }

    /**
     * Loads the folder and asserts that the module of {@code file} (modules/&lt;id&gt;/module.yaml) is left out and
     * that a problem names that file, the field and what is wrong.
     */
    Catalogue assertLeftOut(String file, String field, String messagePart) {
        Catalogue catalogue = load();
        String folder = file.split("/")[1];
        assertThat(catalogue.modules()).noneMatch(module -> module.folder().getFileName().toString().equals(folder));
        assertThat(catalogue.problems()).as("problems of %s", file).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(messagePart);
        });
        return catalogue;
    }
}
