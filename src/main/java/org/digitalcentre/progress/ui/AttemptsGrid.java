package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.progress.AttemptLine;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Every answer of one learner: when, where, the question as she answered it (marked when the module changed since),
 * what she answered, right or wrong, first try, hint, time.
 */
class AttemptsGrid extends Grid<AttemptLine> {

    AttemptsGrid(List<AttemptLine> lines) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        addClassName("attempts");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(line -> when.format(line.answeredAt())).setHeader(getTranslation("teacher.attempts.when"))
                .setAutoWidth(true);
        addColumn(AttemptLine::moduleTitle).setHeader(getTranslation("teacher.attempts.module"));
        addColumn(line -> line.exerciseRemoved()
                ? getTranslation("teacher.attempts.removed", line.exercisePrompt()) : line.exercisePrompt())
                .setHeader(getTranslation("teacher.attempts.exercise")).setFlexGrow(2);
        addComponentColumn(line -> ChangedSince.mark(line.changedSince() && !line.exerciseRemoved()))
                .setHeader(getTranslation("teacher.attempts.version")).setKey("changed-since").setAutoWidth(true);
        addColumn(AttemptLine::answer).setHeader(getTranslation("teacher.attempts.answer")).setFlexGrow(2);
        addComponentColumn(line -> {
            Div result = new Div((line.correct() ? VaadinIcon.CHECK : VaadinIcon.CLOSE).create(),
                    new Span(getTranslation(line.correct() ? "teacher.attempts.right" : "teacher.attempts.wrong")));
            result.addClassName(line.correct() ? "attempt-right" : "attempt-wrong");
            return result;
        }).setHeader(getTranslation("teacher.attempts.result")).setKey("result").setAutoWidth(true);
        addColumn(line -> line.firstTry() ? getTranslation("teacher.attempts.first-try") : "")
                .setHeader(getTranslation("teacher.attempts.try")).setAutoWidth(true);
        addColumn(line -> line.hintUsed() ? getTranslation("teacher.attempts.hint-used") : "")
                .setHeader(getTranslation("teacher.attempts.hint")).setAutoWidth(true);
        addColumn(line -> getTranslation("teacher.attempts.seconds", line.seconds()))
                .setHeader(getTranslation("teacher.attempts.time")).setAutoWidth(true);
        setItems(lines);
    }
}
