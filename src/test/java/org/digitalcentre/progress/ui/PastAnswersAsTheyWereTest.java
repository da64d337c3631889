package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.progress.AnswerLine;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.DifficultExercise;
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

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/**
 * An author rewords a question and one of its choices after Amina answered it: her teacher still reads the question
 * and the choice as Amina saw them, marked "changed since"; an answer given after the change shows the new text and
 * no mark.
 */
class PastAnswersAsTheyWereTest extends KaribuTest {

    private static final Path CONTENT = copyOfTheFixtures();
    private static final String OLD_QUESTION = "Where do you type the address?";
    private static final String NEW_QUESTION = "Where do you type a website's address?";
    private static final String OLD_CHOICE = "In the middle of the page";
    private static final String NEW_CHOICE = "In the search box of the page";

    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void itsOwnContentFolder(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    @Test
    void old_answers_show_the_question_and_choice_as_they_were_marked_changed_since() throws IOException {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        var cohort = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        long amina = cohort.learnerIds()[0];
        long fatou = cohort.learnerIds()[1];
        Module before = catalogue.module("test-browsing").orElseThrow();
        learning.answer(amina, before, before.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", Instant.now().minusSeconds(60), false);

        Path yaml = CONTENT.resolve("modules/test-browsing/module.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(yaml, text.replace("en: \"" + OLD_QUESTION + "\"", "en: \"" + NEW_QUESTION + "\"")
                .replace("en: \"" + OLD_CHOICE + "\"", "en: \"" + NEW_CHOICE + "\""), StandardCharsets.UTF_8);
        catalogue.reload();
        Module after = catalogue.module("test-browsing").orElseThrow();
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(after.exercise("where-to-type").orElseThrow().prompt().in("en")).isEqualTo(NEW_QUESTION);
        learning.answer(fatou, after, after.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", Instant.now().minusSeconds(30), false);

        signInAsStaff("sabine");
        open("learner/" + amina);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_size(attempts)).isEqualTo(1);
        assertThat(_getFormattedRow(attempts, 0)).contains(OLD_QUESTION, OLD_CHOICE)
                .doesNotContain(NEW_QUESTION, NEW_CHOICE);
        assertThat(mark(attempts, 0)).isEqualTo("changed since");

        open("learner/" + fatou);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> hers = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_getFormattedRow(hers, 0)).contains(NEW_QUESTION, NEW_CHOICE);
        assertThat(mark(hers, 0)).isEmpty();

        open("difficult/" + cohort.id());
        @SuppressWarnings("unchecked")
        Grid<DifficultExercise> difficult = _get(Grid.class, spec -> spec.withClasses("difficult-grid"));
        assertThat(_getFormatted(difficult, 0, "wrong")).as("most common mistakes, each as she saw it").isEqualTo(
                "“" + OLD_CHOICE + "” (1, question changed since) · “" + NEW_CHOICE + "” (1)");
        _click(_get(_getCellComponent(difficult, 0, "actions"), Button.class,
                spec -> spec.withText("Who answered what")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Grid<AnswerLine> answers = _get(dialog, Grid.class, spec -> spec.withClasses("who-answered"));
        assertThat(_size(answers)).isEqualTo(2);
        assertThat(_getFormattedRow(answers, 0)).containsSubsequence("Amina X.", OLD_QUESTION, OLD_CHOICE);
        assertThat(mark(answers, 0)).isEqualTo("changed since");
        assertThat(_getFormattedRow(answers, 1)).containsSubsequence("Fatou X.", NEW_QUESTION, NEW_CHOICE);
        assertThat(mark(answers, 1)).isEmpty();
    }

    private static String mark(Grid<?> grid, int row) {
        Span mark = (Span) _getCellComponent(grid, row, "changed-since");
        return mark.getElement().getTextRecursively();
    }

    private static Path copyOfTheFixtures() {
        try {
            Path folder = Files.createTempDirectory("past-answers");
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
