package org.digitalcentre.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.digitalcentre.content.Catalogue;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentReloaded;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.content.Module;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps each exercise as every loaded version of its module wrote it. Content lives in files that authors change;
 * a learner's past answer must still show the question she answered, even once the exercise is reworded or removed.
 * Kept when the content is read (at start and at each reload), so answering costs nothing more.
 */
@Service
public class KeptExercises {

    private static final Logger log = LoggerFactory.getLogger(KeptExercises.class);

    /** An exercise as it was, with its module's title then. */
    public record Kept(LocalizedText moduleTitle, Exercise exercise) {
    }

    private final KeptExerciseRepository rows;
    private final ContentCatalogue catalogue;
    private final ObjectMapper json = exerciseMapper();

    KeptExercises(KeptExerciseRepository rows, ContentCatalogue catalogue) {
        this.rows = rows;
        this.catalogue = catalogue;
    }

    /** Every kind of exercise, named by its record: a new kind is kept without any change here. */
    static ObjectMapper exerciseMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.addMixIn(Exercise.class, TypedExercise.class);
        for (Class<?> kind : kindsOf(Exercise.class)) {
            mapper.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
        }
        return mapper;
    }

    /** The records at the ends of a sealed hierarchy (a simulation is itself a sealed family of exercises). */
    static List<Class<?>> kindsOf(Class<?> sealed) {
        List<Class<?>> kinds = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                kinds.addAll(kindsOf(permitted));
            } else {
                kinds.add(permitted);
            }
        }
        return kinds;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface TypedExercise {
    }

    @EventListener(ApplicationReadyEvent.class)
    public void keepWhatIsLoaded() {
        keep(catalogue.current());
    }

    @EventListener
    public void keepWhatWasReloaded(ContentReloaded reloaded) {
        keep(reloaded.catalogue());
    }

    /** Stores the exercises of each module version not kept yet. Never stops the content from loading. */
    void keep(Catalogue content) {
        try {
            Set<String> known = new HashSet<>(rows.keptVersions());
            List<KeptExercise> missing = new ArrayList<>();
            for (Module module : content.modules()) {
                if (known.contains(module.id() + "@" + module.version())) {
                    continue;
                }
                String title = json.writeValueAsString(module.title());
                for (Exercise exercise : module.exercises()) {
                    missing.add(new KeptExercise(new KeptExercise.Key(module.id(), module.version(), exercise.id()),
                            title, json.writeValueAsString(exercise)));
                }
            }
            rows.saveAll(missing);
        } catch (RuntimeException | JsonProcessingException e) {
            log.warn("The exercises of the content just read could not be kept for past results", e);
        }
    }

    /** The exercise as the given version of its module wrote it, if that version was ever loaded. */
    @Transactional(readOnly = true)
    public Optional<Kept> asAnswered(String moduleId, String version, String exerciseId) {
        return rows.findById(new KeptExercise.Key(moduleId, version, exerciseId)).map(row -> {
            try {
                return new Kept(json.readValue(row.moduleTitle(), LocalizedText.class),
                        json.readValue(row.exercise(), Exercise.class));
            } catch (JsonProcessingException e) {
                log.warn("Kept exercise {} of {} ({}) cannot be read", exerciseId, moduleId, version, e);
                return null;
            }
        });
    }
}
