package org.digitalcentre.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The small content folders under src/test/resources/content-fixtures. */
final class ContentFixtures {

    static final String MODULE_ID = "browsing-first-steps";

    private ContentFixtures() {
    }

    /** A valid folder: two topics and one module with a text, a picture and one exercise of each kind. */
    static Path valid() {
        URL url = ContentFixtures.class.getResource("/content-fixtures/valid");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@link #valid()} in {@code target}, for tests that change files. */
    static Path copyOfValid(Path target) {
        Path source = valid();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
