package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes an author can make in a word-processor simulation (content/README.md, "The mistakes it catches"): the
 * module is left out and the problem names the file and the field.
 */
class WordProcessorContentTest {

    private static final String MODULE_YAML = "modules/letter/module.yaml";

    private static final String LETTER = """
            id: letter
            topic: office
            level: 1
            competences: ["3.1"]
            minutes: 10
            title: { fr: Titre, en: Title }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: note
                type: word-processor-simulation
                prompt: { fr: Corrigez, en: Correct }
                document:
                  - text: "Absence de Yanis"
                  - text: "Yanis sera absant le **mardi** 12 mars."
                  - text: "la dictée"
                    style: bullet
                  - text: "le calcul"
                steps:
                  - id: title
                    label: { fr: Titre, en: Heading }
                    goal: heading
                    block: "Absence de Yanis"
                    wrong: { fr: Non., en: No. }
                  - id: spelling
                    label: { fr: Corrigez, en: Correct }
                    goal: text
                    block: "Yanis sera"
                    has: [absent]
                    without: [absant]
                    wrong: { fr: Non., en: No. }
                  - id: list
                    label: { fr: Liste, en: List }
                    goal: bullets
                    lines: ["la dictée", "le calcul"]
                    wrong: { fr: Non., en: No. }
                  - id: save
                    label: { fr: Enregistrez, en: Save }
                    goal: saved-as
                    name: absence-yanis
                    wrong: { fr: Non., en: No. }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader();

    @BeforeEach
    void writeTopics() {
        write("topics.yaml", """
                topics:
                  - id: office
                    icon: file-text
                    title: { fr: Bureautique, en: Office }
                """);
    }

    @Test
    void the_example_letter_loads_with_its_bold_parts() {
        write(MODULE_YAML, LETTER);

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        WordProcessorSimulation letter = (WordProcessorSimulation) catalogue.module("letter").orElseThrow()
                .exercise("note").orElseThrow();
        assertThat(letter.document().get(1).runs()).containsExactly(
                new WordProcessorSimulation.Run("Yanis sera absant le ", false),
                new WordProcessorSimulation.Run("mardi", true), new WordProcessorSimulation.Run(" 12 mars.", false));
        assertThat(letter.document().get(2).style()).isEqualTo(WordProcessorSimulation.Style.BULLET);
        assertThat(letter.steps().get(3).goal()).isEqualTo(WordProcessorSimulation.Goal.SAVED_AS);
    }

    @Test
    void a_bold_part_not_closed_leaves_the_module_out() {
        write(MODULE_YAML, LETTER.replace("**mardi** 12", "**mardi 12"));

        assertLeftOut("steps[0].document[1].text", "a bold part is not closed");
    }

    @Test
    void a_document_too_long_leaves_the_module_out() {
        write(MODULE_YAML, LETTER.replace("text: \"le calcul\"", "text: \"" + "calcul ".repeat(300) + "\""));

        assertLeftOut("steps[0].document", "keep it to 2000");
    }

    @Test
    void words_no_paragraph_has_leave_the_module_out() {
        write(MODULE_YAML, LETTER.replace("block: \"Absence de Yanis\"", "block: \"Absence de Yannis\"")
                .replace("lines: [\"la dictée\", \"le calcul\"]", "lines: [\"la dictée\", \"les maths\"]"));

        Catalogue catalogue = assertLeftOut("steps[0].steps[0].block", "no paragraph of the document has the words "
                + "'Absence de Yannis'");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].steps[2].lines");
            assertThat(problem.message()).contains("'les maths'");
        });
    }

    @Test
    void a_step_without_what_its_goal_needs_or_with_the_fields_of_another_goal_leaves_the_module_out() {
        write(MODULE_YAML, LETTER.replace("        has: [absent]\n", "").replace("name: absence-yanis",
                "name: absence-yanis\n        block: \"le calcul\""));

        Catalogue catalogue = assertLeftOut("steps[0].steps[1].has", "a text step needs has:");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].steps[3].block");
            assertThat(problem.message()).contains("a saved-as step has no block: remove it");
        });
    }

    @Test
    void an_unknown_goal_style_or_size_leaves_the_module_out() {
        write(MODULE_YAML, LETTER.replace("goal: heading", "goal: title").replace("style: bullet", "style: list")
                .replace("text: \"le calcul\"", "text: \"le calcul\"\n        size: huge"));

        Catalogue catalogue = assertLeftOut("steps[0].steps[0].goal", "the goal must be text, bold, heading, "
                + "bullets, large or saved-as");
        assertThat(catalogue.problems()).extracting(ContentProblem::field)
                .contains("steps[0].document[2].style", "steps[0].document[3].size");
    }

    private Catalogue assertLeftOut(String field, String messagePart) {
        return new ContentFolder(content).assertLeftOut(MODULE_YAML, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
