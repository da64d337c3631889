package org.digitalcentre.simulation.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a learner types in a cell, read as a spreadsheet does: a number ("450", "12,50", "1 200 €"), a text, or a
 * formula after "=": numbers, cells (B2), + − × ÷ ({@code + - * /}), brackets, and SUM (or SOMME, as in French
 * spreadsheets) of cells, ranges (B2:B5) and numbers, separated by ";" or ",". Nothing else is run: there is no
 * other function and no way out of the sheet.
 */
public final class Formulas {

    /** The value of a cell, or why it has none. */
    public sealed interface Value permits Number, Text, Empty, Error {
    }

    public record Number(BigDecimal value) implements Value {
    }

    public record Text(String text) implements Value {
    }

    public record Empty() implements Value {
    }

    /** A formula that cannot be worked out: a mistake in it, a division by zero, a cell that depends on itself. */
    public record Error() implements Value {
    }

    private Formulas() {
    }

    /** A typed number, as people write it in French or English; empty when it is not a number. */
    public static Optional<BigDecimal> number(String typed) {
        String text = typed.strip().replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (text.matches("-?[0-9]+([.,][0-9]+)?")) {
            return Optional.of(new BigDecimal(text.replace(',', '.')));
        }
        return Optional.empty();
    }

    public static boolean isFormula(String typed) {
        return typed.strip().startsWith("=");
    }

    /** The names of the functions a formula uses, in capitals (SOMME is written SUM). */
    public static Set<String> functionsIn(String formula) {
        Set<String> used = new HashSet<>();
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("([A-Za-zÉé]+)\\s*\\(").matcher(formula);
        while (name.find()) {
            String function = name.group(1).toUpperCase(Locale.ROOT);
            used.add(function.equals("SOMME") ? "SUM" : function);
        }
        return used;
    }

    /**
     * The value of what is typed in one cell. {@code cells} gives what is typed in another cell (empty text when
     * nothing); {@code inGrid} says whether a reference is a cell of the sheet.
     */
    public static Value valueOf(String reference, Function<String, String> cells, Function<String, Boolean> inGrid) {
        return new Evaluation(cells, inGrid).cell(reference, new HashSet<>());
    }

    private static final class Evaluation {
        private final Function<String, String> cells;
        private final Function<String, Boolean> inGrid;

        Evaluation(Function<String, String> cells, Function<String, Boolean> inGrid) {
            this.cells = cells;
            this.inGrid = inGrid;
        }

        Value cell(String reference, Set<String> visiting) {
            String typed = cells.apply(reference).strip();
            if (typed.isEmpty()) {
                return new Empty();
            }
            if (!isFormula(typed)) {
                return number(typed).<Value>map(Number::new).orElse(new Text(typed));
            }
            if (!visiting.add(reference)) {
                return new Error();
            }
            try {
                Parser parser = new Parser(typed.substring(1), this, visiting);
                BigDecimal result = parser.expression();
                parser.end();
                return new Number(result);
            } catch (IllegalArgumentException | ArithmeticException mistake) {
                return new Error();
            } finally {
                visiting.remove(reference);
            }
        }

        /** A cell's number inside a formula: empty counts 0, a text or an error is a mistake. */
        BigDecimal numberOf(String reference, Set<String> visiting) {
            if (!inGrid.apply(reference)) {
                throw new IllegalArgumentException("no cell " + reference);
            }
            Value value = cell(reference, visiting);
            if (value instanceof Number n) {
                return n.value();
            }
            if (value instanceof Empty) {
                return BigDecimal.ZERO;
            }
            throw new IllegalArgumentException("not a number in " + reference);
        }
    }

    /** Recursive descent over: expression = term (("+"|"-") term)*; term = factor (("*"|"/") factor)*. */
    private static final class Parser {
        private static final java.util.regex.Pattern RANGE =
                java.util.regex.Pattern.compile("\\s*([A-Za-z])([0-9]+)\\s*:\\s*([A-Za-z])([0-9]+)");
        private final String text;
        private final Evaluation evaluation;
        private final Set<String> visiting;
        private int at;

        Parser(String text, Evaluation evaluation, Set<String> visiting) {
            this.text = text;
            this.evaluation = evaluation;
            this.visiting = visiting;
        }

        BigDecimal expression() {
            BigDecimal value = term();
            while (true) {
                if (eat('+')) {
                    value = value.add(term());
                } else if (eat('-')) {
                    value = value.subtract(term());
                } else {
                    return value;
                }
            }
        }

        private BigDecimal term() {
            BigDecimal value = factor();
            while (true) {
                if (eat('*')) {
                    value = value.multiply(factor());
                } else if (eat('/')) {
                    value = value.divide(factor(), MathContext.DECIMAL64);
                } else {
                    return value;
                }
            }
        }

        private BigDecimal factor() {
            if (eat('-')) {
                return factor().negate();
            }
            if (eat('+')) {
                return factor();
            }
            if (eat('(')) {
                BigDecimal value = expression();
                expect(')');
                return value;
            }
            skipBlanks();
            int start = at;
            if (at < text.length() && (Character.isDigit(text.charAt(at)))) {
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == ','
                        || text.charAt(at) == '.')) {
                    at++;
                }
                return number(text.substring(start, at)).orElseThrow(() -> new IllegalArgumentException("number"));
            }
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            String word = text.substring(start, at).toUpperCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("nothing to read at " + at);
            }
            if (eat('(')) {
                if (!word.equals("SUM") && !word.equals("SOMME")) {
                    throw new IllegalArgumentException("unknown function " + word);
                }
                return sum();
            }
            return evaluation.numberOf(word + digits(), visiting);
        }

        /** SUM(B2:B5; C1; 10): the arguments up to the closing bracket. */
        private BigDecimal sum() {
            BigDecimal total = BigDecimal.ZERO;
            if (eat(')')) {
                return total;
            }
            do {
                total = total.add(argument());
            } while (eat(';') || eat(','));
            expect(')');
            return total;
        }

        private BigDecimal argument() {
            java.util.regex.Matcher range = RANGE.matcher(text.substring(at));
            if (range.lookingAt()) {
                at += range.end();
                return range((range.group(1) + range.group(2)).toUpperCase(Locale.ROOT),
                        (range.group(3) + range.group(4)).toUpperCase(Locale.ROOT));
            }
            return expression();
        }

        private BigDecimal range(String from, String to) {
            char firstColumn = (char) Math.min(from.charAt(0), to.charAt(0));
            char lastColumn = (char) Math.max(from.charAt(0), to.charAt(0));
            int firstRow = Math.min(Integer.parseInt(from.substring(1)), Integer.parseInt(to.substring(1)));
            int lastRow = Math.max(Integer.parseInt(from.substring(1)), Integer.parseInt(to.substring(1)));
            List<String> references = new ArrayList<>();
            for (char column = firstColumn; column <= lastColumn; column++) {
                for (int row = firstRow; row <= lastRow; row++) {
                    references.add(String.valueOf(column) + row);
                }
            }
            BigDecimal total = BigDecimal.ZERO;
            for (String reference : references) {
                if (!evaluation.inGrid.apply(reference)) {
                    throw new IllegalArgumentException("no cell " + reference);
                }
                Value value = evaluation.cell(reference, visiting);
                if (value instanceof Number n) {
                    total = total.add(n.value());
                } else if (value instanceof Error) {
                    throw new IllegalArgumentException("error in " + reference);
                }
                // A sum skips texts and empty cells, as spreadsheets do.
            }
            return total;
        }

        private String digits() {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("a cell needs its row number");
            }
            return text.substring(start, at);
        }

        private boolean eat(char expected) {
            skipBlanks();
            if (at < text.length() && text.charAt(at) == expected) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char expected) {
            if (!eat(expected)) {
                throw new IllegalArgumentException("expected " + expected);
            }
        }

        private void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        void end() {
            skipBlanks();
            if (at != text.length()) {
                throw new IllegalArgumentException("unexpected text at " + at);
            }
        }
    }
}
