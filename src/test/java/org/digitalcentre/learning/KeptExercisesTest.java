package org.digitalcentre.learning;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitalcentre.content.Catalogue;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every exercise of the real content is kept and read back exactly as it was written. */
class KeptExercisesTest {

    private final ObjectMapper json = KeptExercises.exerciseMapper();

    @Test
    void every_exercise_of_every_kind_comes_back_as_it_was_kept() throws Exception {
        Path content = Path.of(System.getProperty("basedir", ".")).resolve("content");
        Catalogue catalogue = new ContentCatalogue(new ContentProperties(content)).current();
        List<Exercise> exercises = catalogue.modules().stream().map(Module::exercises).flatMap(List::stream).toList();
        Set<Class<?>> kinds = exercises.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).as("every kind of exercise is in the content").containsExactlyInAnyOrderElementsOf(
                KeptExercises.kindsOf(Exercise.class));

        for (Exercise exercise : exercises) {
            assertThat(json.readValue(json.writeValueAsString(exercise), Exercise.class)).isEqualTo(exercise);
        }
    }
}
