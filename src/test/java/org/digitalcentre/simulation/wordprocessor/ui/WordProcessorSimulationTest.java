package org.digitalcentre.simulation.wordprocessor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The word processor in the module player: the page gets its letter from the content, what the editor sends is graded
 * on the server step by step, a half-done letter survives leaving, and her teacher sees which step she failed. The
 * editor itself runs in the browser; here it is what it sends, as the browser would.
 */
class WordProcessorSimulationTest extends SimulationKaribuTest {

    static final String RIGHT_LETTER = """
            {"blocks":[
             {"style":"heading","size":"large","runs":[{"text":"Absence de Yanis","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Madame, mon fils Yanis sera absent le ","bold":false},
               {"text":"mardi 12 mars","bold":true},{"text":".","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Il a rendez-vous chez le dentiste. Il rattrapera :","bold":false}]},
             {"style":"bullet","size":"normal","runs":[{"text":"la dictée","bold":false}]},
             {"style":"bullet","size":"normal","runs":[{"text":"les exercices de calcul","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Amina Diallo","bold":true}]}]}""";

    @BeforeEach
    void aminaOpensTheLetter() {
        aminaOpens("test-sim-word-processor");
    }

    @Test
    void the_page_shows_the_letter_of_the_content_with_its_tools_and_steps() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Correct the word \"absant\"", "Save under the name absence-yanis");
        assertThat(editor().getAttribute("document")).contains("{\"text\":\"Madame, mon fils Yanis sera absant le "
                + "mardi 12 mars.\",\"bold\":false}").contains("{\"text\":\"Amina Diallo\",\"bold\":true}");
        assertThat(editor().getAttribute("labelledby")).isEqualTo("sim-word-processor-page-label");
        assertThat(_find(Button.class, spec -> spec.withClasses("sim-word-processor-tool"))).extracting(Button::getText)
                .containsExactly("Bold", "Large text", "Heading", "Bullet list", "Normal paragraph");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-word-processor-file")).getText())
                .isEqualTo("Not saved yet.");
    }

    @Test
    void a_typo_left_shows_why_the_teacher_sees_it_and_starting_again_gets_it_right() {
        send(RIGHT_LETTER.replace("absent le", "absentt le"));
        saveAs("absence-yanis");

        clickButton("Check");

        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("wrong");
        assertThat(step("spelling").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(step("date-in-bold").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", "spelling")),
                Markdown.class).getContent()).contains("The word is spelt \"absent\", with an e");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("title:RIGHT", "big-title:RIGHT", "spelling:WRONG", "date-in-bold:RIGHT",
                "list:RIGHT", "save:RIGHT");
        assertThat(learning.draftOf(learner, "test-sim-word-processor", "absence-letter")).isEmpty();

        clickButton("Start again");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        assertThat(editor().getAttribute("document")).contains("absant");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-word-processor-file")).getText())
                .isEqualTo("Not saved yet.");
        send(RIGHT_LETTER);
        saveAs("absence-yanis.docx");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(String.join(" ", _getFormattedRow(attempts, 1))).contains("✗ Correct the word \"absant\"");
        assertThat(String.join(" ", _getFormattedRow(attempts, 0))).contains("✓ Correct the word \"absant\"");
    }

    @Test
    void a_half_done_letter_is_there_again_when_she_comes_back() {
        String halfDone = RIGHT_LETTER.replace("\"style\":\"bullet\"", "\"style\":\"normal\"");
        send(halfDone);
        saveAs("brouillon");
        assertThat(learning.draftOf(amina(), "test-sim-word-processor", "absence-letter")).hasSize(2);

        open("home");
        open("module/test-sim-word-processor");

        assertThat(editor().getAttribute("document")).contains("absent le").doesNotContain("absant")
                .doesNotContain("\"bullet\"");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-word-processor-file")).getText())
                .isEqualTo("Saved under the name: brouillon");
    }

    @Test
    void a_document_the_editor_could_not_send_is_not_kept_and_the_page_shows_the_letter_again() {
        send("{\"blocks\":[{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[{\"text\":\"" + "a".repeat(2001)
                + "\",\"bold\":false}]}]}");

        assertThat(_get(Div.class, spec -> spec.withClasses("sim-word-processor-message")).getText())
                .isEqualTo("This change is not kept: the text is too long.");
        assertThat(editor().getAttribute("document")).contains("absant");
        assertThat(editor().getAttribute("revision")).isEqualTo("1");
        assertThat(learning.draftOf(amina(), "test-sim-word-processor", "absence-letter")).isEmpty();
    }

    @Test
    void a_file_without_a_name_is_not_saved() {
        clickButton("Save as");
        clickButton("Save");

        TextField name = _get(TextField.class, spec -> spec.withLabel("File name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Write a file name, without / or \\.");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-word-processor-file")).getText())
                .isEqualTo("Not saved yet.");
    }

    private static Element editor() {
        return _get(Div.class, spec -> spec.withClasses("sim-word-processor-sheet")).getElement().getChild(0);
    }

    /** What the page sends a moment after she changed the letter. */
    private static void send(String json) {
        JsonObject data = Json.createObject();
        data.put("event.detail.document", json);
        _fireDomEvent(editor(), new DomEvent(editor(), WordProcessorView.CHANGE, data));
    }

    private static void saveAs(String name) {
        clickButton("Save as");
        _setValue(_get(TextField.class, spec -> spec.withLabel("File name")), name);
        clickButton("Save");
        assertThat(_find(TextField.class, spec -> spec.withLabel("File name"))).isEmpty();
    }

    private static Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }
}
