package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes an author can make in a password workshop (content/README.md, "Password workshop"): the module is
 * left out and the problem names the file and the field.
 */
class PasswordSimulationContentTest {

    private static final String FILE = "modules/workshop/module.yaml";

    private static final String WORKSHOP = """
            id: workshop
            topic: safety
            level: 1
            competences: ["4.1"]
            minutes: 10
            title: { fr: Atelier, en: Workshop }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: passphrase
                type: password-simulation
                prompt: { fr: Inventez une phrase de passe., en: Make up a passphrase. }
                facts:
                  - id: first-name
                    label: { fr: Votre prénom, en: Your first name }
                    value: Amina
                strength: 4
                length: 15
                ways:
                  - id: notebook
                    text: { fr: Un carnet chez moi, en: A notebook at home }
                    correct: true
                  - id: sticky-note
                    text: { fr: Un papier sur l'écran, en: A note on the screen }
                steps:
                  - id: nothing-personal
                    label: { fr: Rien sur vous, en: Nothing about you }
                    goal: no-facts
                    wrong: { fr: Votre prénom est dedans., en: Your name is in it. }
                  - id: long
                    label: { fr: Assez long, en: Long enough }
                    goal: length
                    wrong: { fr: Trop court., en: Too short. }
                  - id: strong
                    label: { fr: Très solide, en: Very strong }
                    goal: strength
                    wrong: { fr: Trop facile., en: Too easy. }
                  - id: keep-it
                    label: { fr: Où le garder, en: Where to keep it }
                    goal: keep
                    wrong: { fr: D'autres peuvent le lire., en: Others can read it. }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    @BeforeEach
    void writeTopics() {
        write("topics.yaml", """
                topics:
                  - id: safety
                    icon: shield
                    title: { fr: Sécurité, en: Safety }
                """);
    }

    @Test
    void a_complete_workshop_is_read_with_its_facts_strength_length_and_ways() {
        write(FILE, WORKSHOP);

        PasswordSimulation task = (PasswordSimulation) new ContentLoader().load(content).modules().get(0)
                .exercise("passphrase").orElseThrow();

        assertThat(task.facts()).extracting(PasswordSimulation.Fact::value).containsExactly("Amina");
        assertThat(task.strength()).isEqualTo(4);
        assertThat(task.length()).isEqualTo(15);
        assertThat(task.ways()).extracting(Choice::correct).containsExactly(true, false);
        assertThat(task.steps()).extracting(PasswordSimulation.Step::goal).containsExactly(
                PasswordSimulation.Goal.NO_FACTS, PasswordSimulation.Goal.LENGTH, PasswordSimulation.Goal.STRENGTH,
                PasswordSimulation.Goal.KEEP);
    }

    @Test
    void a_strength_above_4_is_a_mistake() {
        write(FILE, WORKSHOP.replace("strength: 4", "strength: 5"));

        assertLeftOut("steps[0].strength", "the strength must be from 0 to 4");
    }

    @Test
    void a_missing_strength_is_a_mistake() {
        write(FILE, WORKSHOP.replace("    strength: 4\n", ""));

        assertLeftOut("steps[0].strength", "the strength to reach is missing");
    }

    @Test
    void a_length_step_without_a_length_is_a_mistake() {
        write(FILE, WORKSHOP.replace("    length: 15\n", ""));

        assertLeftOut("steps[0].length", "a length step needs the length to reach");
    }

    @Test
    void a_fact_too_short_to_look_for_is_a_mistake() {
        write(FILE, WORKSHOP.replace("value: Amina", "value: Am"));

        assertLeftOut("steps[0].facts[0].value", "'Am' is too short to look for");
    }

    @Test
    void a_no_facts_step_without_facts_is_a_mistake() {
        write(FILE, WORKSHOP.replace("""
                    facts:
                      - id: first-name
                        label: { fr: Votre prénom, en: Your first name }
                        value: Amina
                """, ""));

        assertLeftOut("steps[0].facts", "a no-facts step needs the personal facts");
    }

    @Test
    void a_keep_step_with_only_right_ways_is_a_mistake() {
        write(FILE, WORKSHOP.replace("""
                        text: { fr: Un papier sur l'écran, en: A note on the screen }
                """, """
                        text: { fr: Un papier sur l'écran, en: A note on the screen }
                        correct: true
                """));

        assertLeftOut("steps[0].ways", "at least one right (correct: true) and one wrong");
    }

    @Test
    void an_unknown_goal_is_a_mistake() {
        write(FILE, WORKSHOP.replace("goal: strength", "goal: strong"));

        assertLeftOut("steps[0].steps[2].goal", "the goal must be strength, length, no-facts, confirm or keep");
    }

    @Test
    void two_ways_with_the_same_id_are_a_mistake() {
        write(FILE, WORKSHOP.replace("- id: sticky-note", "- id: notebook"));

        assertLeftOut("steps[0].ways[1].id", "notebook");
    }

    private void assertLeftOut(String field, String messagePart) {
        new ContentFolder(content).assertLeftOut(FILE, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
