package org.digitalcentre.progress;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A text cell of an exported file, made harmless for spreadsheets (OWASP, "CSV Injection"): Calc and Excel read a
 * cell that starts with = + - @, a tab or a carriage return as a formula, which could run a command or send data
 * away. Such a cell gets a leading single quote, so the spreadsheet shows it as text; the CSV printer then quotes
 * it as needed (a quote, a semicolon or a line end inside the cell).
 */
public final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetCell() {
    }

    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * A CSV file as Calc and Excel open it: UTF-8 with its byte order mark, a semicolon between cells, CRLF between
     * records, every text cell {@link #neutralised}. Records are lists of cells (texts, numbers).
     */
    public static byte[] csvFile(List<? extends List<?>> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
                     .setRecordSeparator("\r\n").get())) {
            for (List<?> record : records) {
                csv.printRecord(record.stream().map(cell -> cell instanceof String text ? neutralised(text) : cell)
                        .toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
