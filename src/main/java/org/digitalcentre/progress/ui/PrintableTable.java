package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/** A plain HTML table for the printable reports: it prints on paper as it shows on screen. */
final class PrintableTable {

    private PrintableTable() {
    }

    static NativeTable of(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<String> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (String value : values) {
                NativeTableCell cell = row.addDataCell();
                cell.setText(value);
            }
        }
        return table;
    }
}
