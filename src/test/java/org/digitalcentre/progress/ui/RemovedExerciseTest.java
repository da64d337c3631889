package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.progress.AttemptLine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/**
 * An author removes an exercise a learner has answered: her teacher still reads the question and her answer in
 * words, as the version she answered wrote them, and that the module no longer has it.
 */
class RemovedExerciseTest extends KaribuTest {

    private static final Path CONTENT = copyOfTheFixtures();

    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void itsOwnContentFolder(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    @Test
    void a_removed_exercise_still_shows_with_its_text_in_her_past_answers() throws IOException {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        long amina = createCohort("Morning group", List.of(sabine), "Amina").learnerIds()[0];
        Module before = catalogue.module("test-browsing").orElseThrow();
        learning.answer(amina, before, before.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", Instant.now().minusSeconds(20), false);

        Path yaml = CONTENT.resolve("modules/test-browsing/module.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        String withoutTheExercise = text.substring(0, text.indexOf("  - id: where-to-type"))
                + text.substring(text.indexOf("  - id: padlock"));
        Files.writeString(yaml, withoutTheExercise, StandardCharsets.UTF_8);
        catalogue.reload();
        assertThat(catalogue.module("test-browsing").orElseThrow().exercise("where-to-type")).isEmpty();

        signInAsStaff("sabine");
        open("learner/" + amina);

        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_size(attempts)).isEqualTo(1);
        assertThat(_getFormattedRow(attempts, 0)).contains("The browser",
                "Where do you type the address? (no longer in the module)", "In the middle of the page");
    }

    private static Path copyOfTheFixtures() {
        try {
            Path folder = Files.createTempDirectory("removed-exercise");
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
