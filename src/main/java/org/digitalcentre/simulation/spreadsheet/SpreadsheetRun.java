package org.digitalcentre.simulation.spreadsheet;

import org.digitalcentre.content.SpreadsheetSimulation;
import org.digitalcentre.content.SpreadsheetSimulation.Format;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sheet on the server: what she typed in each cell and each cell's format. The events are {@code enter}
 * (target: a cell like B2, value: what she typed; empty clears it) and {@code format} (target: a cell, value:
 * {@code currency} or {@code number}). Cells the author filled cannot be changed. Graded on the result: values,
 * formulas and formats.
 */
public final class SpreadsheetRun implements SimulationRun {

    public static final String ENTER = "enter";
    public static final String FORMAT = "format";
    /** Longer than any formula of a household budget: more is refused. */
    public static final int MAX_TYPED = 200;
    /** Amounts are compared to the cent. */
    private static final BigDecimal CENT = new BigDecimal("0.005");

    private final SpreadsheetSimulation task;
    private final Map<String, String> typed = new HashMap<>();
    private final Map<String, Format> formats = new HashMap<>();

    public SpreadsheetRun(SpreadsheetSimulation task) {
        this.task = task;
    }

    @Override
    public boolean apply(SimEvent event) {
        String cell = event.target();
        if (!task.has(cell) || task.given(cell).isPresent()) {
            return false;
        }
        switch (event.action()) {
            case ENTER -> {
                if (event.value().length() > MAX_TYPED) {
                    return false;
                }
                if (event.value().isBlank()) {
                    typed.remove(cell);
                } else {
                    typed.put(cell, event.value().strip());
                }
            }
            case FORMAT -> {
                Optional<Format> format = Format.fromWritten(event.value());
                if (format.isEmpty()) {
                    return false;
                }
                formats.put(cell, format.get());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What is in a cell as typed (a given number as digits, a given text in French); empty text when nothing. */
    public String typedIn(String cell) {
        return task.given(cell).map(given -> given.number() != null ? given.number().toPlainString()
                : given.text().in("fr")).orElse(typed.getOrDefault(cell, ""));
    }

    /** What she typed herself in a cell (never the author's). */
    public String herEntry(String cell) {
        return typed.getOrDefault(cell, "");
    }

    public Formulas.Value valueOf(String cell) {
        return Formulas.valueOf(cell, this::typedIn, task::has);
    }

    public Format formatOf(String cell) {
        return formats.getOrDefault(cell, Format.NUMBER);
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(), outcome(step))).toList();
    }

    private StepOutcome outcome(SpreadsheetSimulation.Step step) {
        String entry = herEntry(step.cell());
        return switch (step.goal()) {
            case VALUE -> entry.isEmpty() ? StepOutcome.NOT_DONE
                    : hasNumber(step.cell(), step.equals()) ? StepOutcome.RIGHT : StepOutcome.WRONG;
            case FORMULA -> entry.isEmpty() ? StepOutcome.NOT_DONE
                    : Formulas.isFormula(entry) && (step.equals() == null || hasNumber(step.cell(), step.equals()))
                    && (step.uses() == null || Formulas.functionsIn(entry).contains(step.uses()))
                    ? StepOutcome.RIGHT : StepOutcome.WRONG;
            case FORMAT -> !formats.containsKey(step.cell()) ? StepOutcome.NOT_DONE
                    : formats.get(step.cell()) == step.format() ? StepOutcome.RIGHT : StepOutcome.WRONG;
        };
    }

    private boolean hasNumber(String cell, BigDecimal expected) {
        return valueOf(cell) instanceof Formulas.Number number
                && number.value().subtract(expected).abs().compareTo(CENT) < 0;
    }
}
