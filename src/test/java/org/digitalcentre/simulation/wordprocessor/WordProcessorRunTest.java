package org.digitalcentre.simulation.wordprocessor;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.WordProcessorSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter of the simulation fixtures: make "Absence de Yanis" a large heading, correct "absant", put the date in
 * bold, make the two pieces of homework bullet items, save as absence-yanis. Graded by replaying the events, as the
 * server does, on the document as she leaves it.
 */
class WordProcessorRunTest {

    static final WordProcessorSimulation TASK = (WordProcessorSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-word-processor")
            .orElseThrow().exercise("absence-letter").orElseThrow();

    static final String RIGHT_DOCUMENT = """
            {"blocks":[
             {"style":"heading","size":"large","runs":[{"text":"Absence de Yanis","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Madame, mon fils Yanis sera absent le ","bold":false},
               {"text":"mardi 12 mars","bold":true},{"text":".","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Il a rendez-vous chez le dentiste. Il rattrapera :","bold":false}]},
             {"style":"bullet","size":"normal","runs":[{"text":"la dictée","bold":false}]},
             {"style":"bullet","size":"normal","runs":[{"text":"les exercices de calcul","bold":false}]},
             {"style":"normal","size":"normal","runs":[{"text":"Amina Diallo","bold":true}]}]}""";

    private static SimEvent document(String json) {
        return new SimEvent(WordProcessorRun.DOCUMENT, "", json);
    }

    private static SimEvent save(String name) {
        return new SimEvent(WordProcessorRun.SAVE, "", name);
    }

    private static List<StepOutcome> outcomes(SimulationGrade grade) {
        return grade.steps().stream().map(StepResult::outcome).toList();
    }

    @Test
    void the_corrected_letter_saved_under_its_name_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(document(RIGHT_DOCUMENT), save("Absence-Yanis.docx")));

        assertThat(grade.steps()).containsExactly(new StepResult("title", StepOutcome.RIGHT),
                new StepResult("big-title", StepOutcome.RIGHT), new StepResult("spelling", StepOutcome.RIGHT),
                new StepResult("date-in-bold", StepOutcome.RIGHT), new StepResult("list", StepOutcome.RIGHT),
                new StepResult("save", StepOutcome.RIGHT));
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void the_letter_as_it_started_has_every_step_not_done() {
        String asItStarted = WordProcessorRun.toJson(TASK.document());

        SimulationGrade grade = Simulations.grade(TASK, List.of(document(asItStarted)));

        assertThat(outcomes(grade)).containsOnly(StepOutcome.NOT_DONE);
        assertThat(grade.refused()).isFalse();
    }

    @Test
    void a_new_typo_half_a_date_in_bold_a_large_line_for_a_heading_and_another_name_are_wrong() {
        String wrong = RIGHT_DOCUMENT.replace("absent le", "absentt le")
                .replace("{\"text\":\"mardi 12 mars\",\"bold\":true},{\"text\":\".\",\"bold\":false}",
                        "{\"text\":\"mardi\",\"bold\":true},{\"text\":\" 12 mars.\",\"bold\":false}")
                .replace("\"style\":\"heading\",\"size\":\"large\"", "\"style\":\"normal\",\"size\":\"large\"")
                .replace("{\"style\":\"bullet\",\"size\":\"normal\",\"runs\":[{\"text\":\"les",
                        "{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[{\"text\":\"les");

        SimulationGrade grade = Simulations.grade(TASK, List.of(document(wrong), save("Document1")));

        assertThat(outcomes(grade)).containsExactly(StepOutcome.WRONG, StepOutcome.RIGHT, StepOutcome.WRONG,
                StepOutcome.WRONG, StepOutcome.WRONG, StepOutcome.WRONG);
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void a_wrong_name_saved_again_under_the_right_one_is_right_but_a_change_after_saving_is_not_saved() {
        assertThat(outcomes(Simulations.grade(TASK, List.of(document(RIGHT_DOCUMENT), save("lettre"),
                save("absence-yanis.odt"))))).endsWith(StepOutcome.RIGHT);

        SimulationGrade changedAfter = Simulations.grade(TASK, List.of(save("absence-yanis"), document(RIGHT_DOCUMENT)));

        assertThat(outcomes(changedAfter)).containsExactly(StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.NOT_DONE);
    }

    @Test
    void a_half_done_letter_has_the_untouched_steps_not_done() {
        String halfDone = WordProcessorRun.toJson(TASK.document()).replace("absant", "absent");

        SimulationGrade grade = Simulations.grade(TASK, List.of(document(halfDone)));

        assertThat(outcomes(grade)).containsExactly(StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.RIGHT,
                StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE);
    }

    @Test
    void a_deleted_paragraph_leaves_its_step_not_done() {
        String noTitle = RIGHT_DOCUMENT.replace(
                "{\"style\":\"heading\",\"size\":\"large\",\"runs\":[{\"text\":\"Absence de Yanis\",\"bold\":false}]},",
                "");

        assertThat(outcomes(Simulations.grade(TASK, List.of(document(noTitle))))).startsWith(StepOutcome.NOT_DONE,
                StepOutcome.NOT_DONE, StepOutcome.RIGHT);
    }

    @Test
    void a_document_the_editor_could_not_send_refuses_the_whole_try() {
        List<String> tampered = List.of("not json", "{\"blocks\":[]}",
                RIGHT_DOCUMENT.replace("\"bullet\"", "\"title\""),
                RIGHT_DOCUMENT.replace("\"large\"", "\"huge\""),
                RIGHT_DOCUMENT.replace("\"bold\":true}", "\"bold\":true,\"color\":\"red\"}"),
                RIGHT_DOCUMENT.replace("la dictée", "la dictée\\nune ligne de plus"),
                "{\"blocks\":[" + "{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[]},".repeat(40)
                        + "{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[]}]}",
                "{\"blocks\":[{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[{\"text\":\"" + "a".repeat(2001)
                        + "\",\"bold\":false}]}]}");
        for (String json : tampered) {
            SimulationGrade grade = Simulations.grade(TASK, List.of(document(json), save("absence-yanis")));
            assertThat(grade.refused()).as(json).isTrue();
            assertThat(outcomes(grade)).as(json).containsOnly(StepOutcome.NOT_DONE);
        }
        assertThat(Simulations.grade(TASK, List.of(save("  "))).refused()).isTrue();
        assertThat(Simulations.grade(TASK, List.of(save("../etc/absence-yanis"))).refused()).isTrue();
        assertThat(Simulations.grade(TASK, List.of(SimEvent.of("print"))).refused()).isTrue();
        assertThat(Simulations.grade(TASK, List.of(new SimEvent(WordProcessorRun.DOCUMENT, "page-2", RIGHT_DOCUMENT)))
                .refused()).isTrue();
    }

    @Test
    void a_try_that_sends_more_than_an_attempt_can_keep_is_refused() {
        String big = "{\"blocks\":[{\"style\":\"normal\",\"size\":\"normal\",\"runs\":[{\"text\":\"" + "a".repeat(1990)
                + "\",\"bold\":false}]}]}";
        WordProcessorRun run = new WordProcessorRun(TASK);
        int accepted = 0;
        while (run.apply(document(big))) {
            accepted++;
        }
        assertThat(accepted).isEqualTo(WordProcessorRun.MAX_SENT / big.length());
        assertThat(run.full()).isFalse();
    }
}
