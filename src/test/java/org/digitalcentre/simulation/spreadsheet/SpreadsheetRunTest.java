package org.digitalcentre.simulation.spreadsheet;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.SpreadsheetSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget task of the fixtures: 450 in B2, a SUM giving 770 in B4, B4 in euros. Graded on the result. */
class SpreadsheetRunTest {

    static final SpreadsheetSimulation TASK = (SpreadsheetSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-spreadsheet").orElseThrow()
            .exercise("small-budget").orElseThrow();

    private static SimEvent enter(String cell, String typed) {
        return new SimEvent(SpreadsheetRun.ENTER, cell, typed);
    }

    private static final SimEvent EUROS = new SimEvent(SpreadsheetRun.FORMAT, "B4", "currency");

    private static List<StepOutcome> outcomes(SimEvent... events) {
        SimulationGrade grade = Simulations.grade(TASK, List.of(events));
        assertThat(grade.refused()).isFalse();
        return grade.steps().stream().map(StepResult::outcome).toList();
    }

    @Test
    void the_right_amounts_formula_and_format_get_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(enter("B2", "450"), enter("B4", "=SOMME(B2:B3)"),
                EUROS));

        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void a_wrong_amount_a_typed_total_and_a_wrong_format_are_each_wrong() {
        assertThat(outcomes(enter("B2", "540"), enter("B4", "860"),
                new SimEvent(SpreadsheetRun.FORMAT, "B4", "number")))
                .containsExactly(StepOutcome.WRONG, StepOutcome.WRONG, StepOutcome.WRONG);
    }

    @Test
    void a_formula_without_sum_or_giving_another_total_is_wrong() {
        assertThat(outcomes(enter("B2", "450"), enter("B4", "=B2+B3"))).containsExactly(StepOutcome.RIGHT,
                StepOutcome.WRONG, StepOutcome.NOT_DONE);
        assertThat(outcomes(enter("B2", "450"), enter("B4", "=SUM(B2)"))).containsExactly(StepOutcome.RIGHT,
                StepOutcome.WRONG, StepOutcome.NOT_DONE);
    }

    @Test
    void the_last_thing_typed_counts_and_a_cleared_cell_is_not_done() {
        assertThat(outcomes(enter("B2", "540"), enter("B2", "450,00"))).startsWith(StepOutcome.RIGHT);
        assertThat(outcomes(enter("B2", "450"), enter("B2", ""))).startsWith(StepOutcome.NOT_DONE);
        assertThat(outcomes()).containsOnly(StepOutcome.NOT_DONE);
    }

    @Test
    void an_event_the_sheet_could_not_produce_refuses_the_try() {
        List<SimEvent> impossible = List.of(enter("B3", "0"), enter("A2", "Rent"), enter("C1", "1"),
                enter("B9", "1"), enter("b2", "450"), new SimEvent(SpreadsheetRun.FORMAT, "B4", "bold"),
                new SimEvent("delete", "B2", ""), enter("B2", "1".repeat(SpreadsheetRun.MAX_TYPED + 1)));
        for (SimEvent event : impossible) {
            List<SimEvent> events = new ArrayList<>(List.of(enter("B2", "450"), enter("B4", "=SUM(B2:B3)"), EUROS));
            events.add(1, event);
            SimulationGrade grade = Simulations.grade(TASK, events);
            assertThat(grade.refused()).as("refused: %s", event).isTrue();
            assertThat(grade.correct()).isFalse();
        }
    }
}
