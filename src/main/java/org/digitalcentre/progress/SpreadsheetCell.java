package org.digitalcentre.progress;

/**
 * A text cell of an exported file, made harmless for spreadsheets (OWASP, "CSV Injection"): Calc and Excel read a
 * cell that starts with = + - @, a tab or a carriage return as a formula, which could run a command or send data
 * away. Such a cell gets a leading single quote, so the spreadsheet shows it as text; the CSV printer then quotes
 * it as needed (a quote, a semicolon or a line end inside the cell).
 */
public final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
