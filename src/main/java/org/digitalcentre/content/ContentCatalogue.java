package org.digitalcentre.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The door to the content for the rest of the app: the catalogue read from the content folder when the app
 * starts. Problems are logged, not thrown, so one author's mistake never stops the centre from working.
 */
@Service
public class ContentCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalogue.class);

    private final Path folder;
    private final ContentLoader loader = new ContentLoader();
    /** Volatile so that a reload is seen at once by every request thread. */
    private volatile Catalogue current;

    public ContentCatalogue(ContentProperties properties) {
        this.folder = properties.folder();
        this.current = loadAndLog();
    }

    /** Reads the content folder again, for authors who changed a file; returns the new catalogue. */
    public Catalogue reload() {
        current = loadAndLog();
        return current;
    }

    public Catalogue current() {
        return current;
    }

    public List<Topic> topics() {
        return current.topics();
    }

    public List<Module> modules() {
        return current.modules();
    }

    public Optional<Module> module(String id) {
        return current.module(id);
    }

    public List<Module> modulesOf(String topicId) {
        return current.modulesOf(topicId);
    }

    private Catalogue loadAndLog() {
        Catalogue catalogue = loader.load(folder);
        for (ContentProblem problem : catalogue.problems()) {
            log.warn("Content problem: {}", problem);
        }
        long filesWithProblems = catalogue.problems().stream().map(ContentProblem::file).distinct().count();
        log.info("Content from {}: {} topics, {} modules loaded, {} problems in {} files",
                folder.toAbsolutePath().normalize(), catalogue.topics().size(), catalogue.modules().size(),
                catalogue.problems().size(), filesWithProblems);
        return catalogue;
    }
}
