package org.digitalcentre.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small spreadsheet: {@code columns} × {@code rows} cells (A1 at the top left), some filled by the author. Each step
 * checks one cell of the result: its value, its formula, or its format.
 */
public record SpreadsheetSimulation(String id, LocalizedText prompt, LocalizedText scenario, int columns, int rows,
                                    List<Cell> cells, List<Step> steps, Feedback feedback, LocalizedText hint)
        implements Simulation {

    public static final int MAX_COLUMNS = 8;
    public static final int MAX_ROWS = 20;
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z])([0-9]{1,2})");

    public SpreadsheetSimulation {
        cells = List.copyOf(cells);
        steps = List.copyOf(steps);
    }

    public Optional<Cell> given(String reference) {
        return cells.stream().filter(c -> c.cell().equals(reference)).findFirst();
    }

    /** Whether a reference like "B6" names a cell of this sheet. */
    public boolean has(String reference) {
        return inGrid(reference, columns, rows);
    }

    public static boolean inGrid(String reference, int columns, int rows) {
        Matcher matcher = REFERENCE.matcher(reference == null ? "" : reference);
        if (!matcher.matches() || !Character.isUpperCase(matcher.group(1).charAt(0))) {
            return false;
        }
        int column = matcher.group(1).charAt(0) - 'A';
        int row = Integer.parseInt(matcher.group(2));
        return column < columns && row >= 1 && row <= rows;
    }

    /** A cell the author filled: a text (a heading, a label) or a number. Filled cells cannot be changed. */
    public record Cell(String cell, LocalizedText text, BigDecimal number) {
    }

    /** What a step checks in a cell. */
    public enum Goal {
        /** The cell holds this number (typed, or given by a formula). */
        VALUE("value"),
        /** The cell holds a formula giving this number, using a function if the step names one. */
        FORMULA("formula"),
        /** The cell shows its number in this format. */
        FORMAT("format");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    /** How a number is shown. */
    public enum Format {
        NUMBER("number"), CURRENCY("currency");

        private final String written;

        Format(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Format> fromWritten(String written) {
            return Written.find(values(), Format::written, written);
        }
    }

    /**
     * {@code equals} is the expected number (for value and formula), {@code uses} a function the formula must use
     * (SUM, also written SOMME), {@code format} the expected format; each may be null when the goal does not need it.
     */
    public record Step(String id, LocalizedText label, Goal goal, String cell, BigDecimal equals, String uses,
                       Format format, LocalizedText wrong) implements SimulationStep {
    }
}
