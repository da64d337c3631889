package org.digitalcentre.simulation.spreadsheet.ui;

import org.digitalcentre.base.ui.LeftToRight;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.SpreadsheetSimulation;
import org.digitalcentre.content.SpreadsheetSimulation.Format;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.spreadsheet.Formulas;
import org.digitalcentre.simulation.spreadsheet.SpreadsheetRun;
import org.digitalcentre.simulation.ui.SimulationView;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A plain spreadsheet: the name of the chosen cell, the bar where its content is typed (a number, a text or a formula
 * after =), Euro and Number formats, and the grid of cells, each a button that chooses it. Enter confirms and goes
 * to the cell below, as in a real spreadsheet.
 */
public class SpreadsheetView extends SimulationView {

    private final SpreadsheetSimulation task;
    private final SpreadsheetRun run;
    private final Span cellName = new Span();
    private final TextField content = new TextField();
    private final Button confirm = new Button();
    private final Button currency = new Button();
    private final Button number = new Button();
    private final Div grid = new Div();
    private String selected = "A1";

    public SpreadsheetView(SpreadsheetSimulation task, SpreadsheetRun run, String language, Listener listener) {
        super(run, language, listener);
        this.task = task;
        this.run = run;
        addClassName("sim-sheet");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.spreadsheet.label"));

        cellName.addClassName("sim-sheet-cell-name");
        content.addClassName("sim-sheet-content");
        content.addKeyPressListener(Key.ENTER, enter -> confirmAndGoDown());
        confirm.setText(getTranslation("sim.spreadsheet.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.addClassName("sim-sheet-confirm");
        confirm.addClickListener(click -> confirmAndGoDown());
        currency.setText(getTranslation("sim.spreadsheet.currency"));
        currency.setIcon(VaadinIcon.EURO.create());
        currency.addClassName("sim-sheet-currency");
        currency.addClickListener(click -> emit(new SimEvent(SpreadsheetRun.FORMAT, selected,
                Format.CURRENCY.written())));
        number.setText(getTranslation("sim.spreadsheet.number"));
        number.addClassName("sim-sheet-number");
        number.addClickListener(click -> emit(new SimEvent(SpreadsheetRun.FORMAT, selected,
                Format.NUMBER.written())));
        Div bar = new Div(cellName, content, confirm, currency, number);
        bar.addClassName("sim-sheet-bar");
        grid.addClassName("sim-sheet-grid");
        // Column A on the left and cells written left to right in every language, like the sheet she will meet.
        LeftToRight.always(grid);
        LeftToRight.always(cellName);
        LeftToRight.value(content);
        grid.getElement().getStyle().set("grid-template-columns", "3rem repeat(" + task.columns() + ", minmax(7rem, 1fr))");
        add(bar, grid);
    }

    private void confirmAndGoDown() {
        if (!content.getValue().strip().equals(run.herEntry(selected))) {
            emit(new SimEvent(SpreadsheetRun.ENTER, selected, content.getValue()));
        }
        int row = Integer.parseInt(selected.substring(1));
        if (row < task.rows()) {
            select(selected.charAt(0) + String.valueOf(row + 1));
        }
        content.focus();
    }

    private void select(String cell) {
        selected = cell;
        refresh();
    }

    @Override
    protected void refresh() {
        boolean given = task.given(selected).isPresent();
        cellName.setText(selected);
        content.setLabel(getTranslation("sim.spreadsheet.content", selected));
        content.setValue(given ? shown(selected) : run.herEntry(selected));
        content.setReadOnly(given);
        confirm.setEnabled(!given);
        currency.setEnabled(!given);
        number.setEnabled(!given);
        grid.removeAll();
        grid.add(new Span());
        for (int c = 0; c < task.columns(); c++) {
            Span header = new Span(String.valueOf((char) ('A' + c)));
            header.addClassName("sim-sheet-header");
            grid.add(header);
        }
        for (int row = 1; row <= task.rows(); row++) {
            Span rowHeader = new Span(String.valueOf(row));
            rowHeader.addClassName("sim-sheet-header");
            grid.add(rowHeader);
            for (int c = 0; c < task.columns(); c++) {
                String cell = (char) ('A' + c) + String.valueOf(row);
                String shown = shown(cell);
                Button button = new Button(shown, click -> select(cell));
                button.addClassName("sim-sheet-cell");
                button.getElement().setAttribute("data-cell", cell);
                button.getElement().setAttribute("aria-pressed", String.valueOf(cell.equals(selected)));
                button.setAriaLabel(getTranslation("sim.spreadsheet.cell", cell, shown.isEmpty()
                        ? getTranslation("sim.spreadsheet.empty") : shown));
                if (task.given(cell).isPresent()) {
                    button.addClassName("is-given");
                }
                if (run.valueOf(cell) instanceof Formulas.Number) {
                    button.addClassName("is-number");
                }
                grid.add(button);
            }
        }
    }

    /** A cell as the sheet shows it: a text, a number in its format, or the error mark. */
    private String shown(String cell) {
        var given = task.given(cell);
        if (given.isPresent() && given.get().text() != null) {
            return given.get().text().in(language);
        }
        Formulas.Value value = run.valueOf(cell);
        if (value instanceof Formulas.Number n) {
            return format(n.value(), run.formatOf(cell));
        }
        if (value instanceof Formulas.Text text) {
            return text.text();
        }
        if (value instanceof Formulas.Error) {
            return getTranslation("sim.spreadsheet.error");
        }
        return "";
    }

    private String format(BigDecimal value, Format format) {
        // As a spreadsheet in France shows them (for Arabic too: her computer there writes 1 234,50 €).
        Locale locale = "en".equals(language) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        NumberFormat shown = format == Format.CURRENCY ? NumberFormat.getCurrencyInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        if (format == Format.NUMBER) {
            shown.setMaximumFractionDigits(2);
        }
        return shown.format(value);
    }
}
