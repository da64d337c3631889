package org.digitalcentre.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The door to the content for the rest of the app: the catalogue read from the content folder when the app
 * starts. Problems are logged, not thrown, so one author's mistake never stops the centre from working.
 */
@Service
public class ContentCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalogue.class);

    private final Path folder;
    private final ApplicationEventPublisher events;
    private final ContentLoader loader = new ContentLoader();
    /** Volatile so that a reload is seen at once by every request thread. */
    private volatile Catalogue current;
    private volatile Set<String> keptBecauseOfMistakes = Set.of();

    @Autowired
    public ContentCatalogue(ContentProperties properties, ApplicationEventPublisher events) {
        this.folder = properties.folder();
        this.events = events;
        this.current = loadAndLog();
    }

    /** A catalogue that tells nobody when it is read again, for tests of the content alone. */
    public ContentCatalogue(ContentProperties properties) {
        this(properties, event -> {
        });
    }

    /**
     * Reads the content folder again, for authors who changed a file, without a restart. A module that was valid and
     * now has a mistake keeps its last valid version for learners (so nobody in the middle of it is disturbed)
     * until it is fixed; {@link #keptBecauseOfMistakes()} names them for the author.
     */
    public synchronized Catalogue reload() {
        Catalogue before = current;
        Catalogue read = loadAndLog();
        List<Module> modules = new ArrayList<>(read.modules());
        Set<String> kept = new TreeSet<>();
        for (Module previous : before.modules()) {
            boolean stillValid = read.module(previous.id()).isPresent();
            boolean hasMistakes = read.problems().stream()
                    .anyMatch(p -> p.file().startsWith(ContentLoader.MODULES_FOLDER + "/" + previous.id() + "/"));
            if (!stillValid && hasMistakes) {
                modules.add(previous);
                kept.add(previous.id());
            }
        }
        List<String> topicIds = read.topics().stream().map(Topic::id).toList();
        modules.sort(Comparator.comparingInt((Module m) -> topicIds.indexOf(m.topicId())).thenComparing(Module::id));
        current = new Catalogue(read.topics(), modules, read.problems(), read.warnings());
        keptBecauseOfMistakes = Set.copyOf(kept);
        events.publishEvent(new ContentReloaded(current));
        return current;
    }

    /** The modules whose files have mistakes now, and whose last valid version learners still get. */
    public Set<String> keptBecauseOfMistakes() {
        return keptBecauseOfMistakes;
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
