package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes an author can make in mouse and keyboard practice (content/README.md, "The mistakes it catches"): the
 * module is left out and the problem names the file and the field.
 */
class MouseKeyboardContentTest {

    private static final String MODULE_YAML = "modules/mouse/module.yaml";

    private static final String PRACTICE = """
            id: mouse
            topic: office
            level: 1
            competences: ["3.1"]
            minutes: 10
            title: { fr: Titre, en: Title }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: practice
                type: mouse-keyboard-simulation
                prompt: { fr: Faites., en: Do it. }
                steps:
                  - id: open
                    label: { fr: Ouvrez, en: Open }
                    goal: double-click
                    target: { fr: Dossier, en: Folder }
                    wrong: { fr: Non., en: No. }
                  - id: bin
                    label: { fr: Jetez, en: Bin it }
                    goal: drag
                    target: { fr: Brouillon, en: Draft }
                    to: { fr: Corbeille, en: Bin }
                    wrong: { fr: Non., en: No. }
                  - id: address
                    label: { fr: Tapez, en: Type }
                    goal: type
                    text: "amina.diallo@exemple.fr"
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
    void the_example_practice_loads() {
        write(MODULE_YAML, PRACTICE);

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        MouseKeyboardSimulation practice = (MouseKeyboardSimulation) catalogue.module("mouse").orElseThrow()
                .exercise("practice").orElseThrow();
        assertThat(practice.steps()).extracting(MouseKeyboardSimulation.Step::goal).containsExactly(
                MouseKeyboardSimulation.Goal.DOUBLE_CLICK, MouseKeyboardSimulation.Goal.DRAG,
                MouseKeyboardSimulation.Goal.TYPE);
        assertThat(practice.step("bin").orElseThrow().to().in("en")).isEqualTo("Bin");
        assertThat(practice.step("address").orElseThrow().text()).isEqualTo("amina.diallo@exemple.fr");
    }

    @Test
    void a_pointer_step_without_its_target_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("        target: { fr: Dossier, en: Folder }\n", ""));

        assertLeftOut("steps[0].steps[0].target", "the thing to double-click is missing");
    }

    @Test
    void a_drag_without_the_place_to_drop_on_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("        to: { fr: Corbeille, en: Bin }\n", ""));

        assertLeftOut("steps[0].steps[1].to", "the place to drop it on is missing");
    }

    @Test
    void a_place_to_drop_on_for_a_click_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("goal: drag", "goal: click"));

        assertLeftOut("steps[0].steps[1].to", "only a drag step has a place to drop on");
    }

    @Test
    void a_type_step_without_its_text_or_with_a_target_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("        text: \"amina.diallo@exemple.fr\"\n",
                "        target: { fr: Case, en: Box }\n"));

        Catalogue catalogue = assertLeftOut("steps[0].steps[2].text", "the line to type is missing");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].steps[2].target");
            assertThat(problem.message()).contains("a type step has no target");
        });
    }

    @Test
    void a_text_to_type_on_a_mouse_step_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("goal: type", "goal: click\n        target: { fr: Case, en: Box }"));

        assertLeftOut("steps[0].steps[2].text", "only a type step has a text to type");
    }

    @Test
    void an_unknown_goal_leaves_the_module_out() {
        write(MODULE_YAML, PRACTICE.replace("goal: double-click", "goal: triple-click"));

        assertLeftOut("steps[0].steps[0].goal", "the goal must be click, double-click, right-click, drag, scroll "
                + "or type");
    }

    private Catalogue assertLeftOut(String field, String messagePart) {
        return new ContentFolder(content).assertLeftOut(MODULE_YAML, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
