package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.ui.Dates;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.NoteDraft;
import org.digitalcentre.classroom.TeacherNoteRecord;

import java.time.LocalDate;
import java.util.Map;

/**
 * A note's fields, the same to write a note and to edit one: the date and four parts. Dumb: the panel calls the
 * service with {@link #draft()} and hands the rules it broke back to {@link #showProblems}.
 */
class NoteForm extends Div {

    private final DatePicker writtenOn;
    private final TextArea goals = new TextArea(getTranslation("note.goals"));
    private final TextArea barriers = new TextArea(getTranslation("note.barriers"));
    private final TextArea accommodations = new TextArea(getTranslation("note.accommodations"));
    private final TextArea freeText = new TextArea(getTranslation("note.free-text"));
    private final Paragraph formError = new Paragraph();
    private final Map<String, HasValidation> fields;

    NoteForm(LocalDate today) {
        writtenOn = new DatePicker(getTranslation("note.date"), today);
        writtenOn.setI18n(Dates.pickerTexts(getLocale()));
        writtenOn.setLocale(getLocale());
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        fields = Map.of("writtenOn", writtenOn, "goals", goals, "barriers", barriers,
                "accommodations", accommodations, "freeText", freeText);
        FormLayout form = new FormLayout(writtenOn, goals, barriers, accommodations, freeText);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(freeText, 2);
        add(form, formError);
    }

    /** The form filled with a note as it is now, to edit it. */
    void fill(TeacherNoteRecord note) {
        writtenOn.setValue(note.writtenOn());
        goals.setValue(note.goals());
        barriers.setValue(note.barriers());
        accommodations.setValue(note.accommodations());
        freeText.setValue(note.freeText());
    }

    /** What the form holds; clears the marks of a previous try. */
    NoteDraft draft() {
        formError.setText("");
        FieldErrors.clear(fields);
        return new NoteDraft(writtenOn.getValue(), goals.getValue(), barriers.getValue(), accommodations.getValue(),
                freeText.getValue());
    }

    /** Empty parts for the next note; the date stays. */
    void clearText() {
        goals.clear();
        barriers.clear();
        accommodations.clear();
        freeText.clear();
    }

    void showProblems(ConstraintViolationException invalid) {
        // The parts have different limits: each message names the limit of the rule its part broke.
        for (ConstraintViolation<?> broken : invalid.getConstraintViolations()) {
            HasValidation field = fields.get(broken.getPropertyPath().toString());
            if (field != null) {
                FieldErrors.mark(field, broken.getMessage(),
                        broken.getConstraintDescriptor().getAttributes().get("max"));
            }
        }
        invalid.getConstraintViolations().stream()
                .filter(v -> !fields.containsKey(v.getPropertyPath().toString())).findFirst()
                .ifPresent(v -> formError.setText(getTranslation(v.getMessage())));
    }
}
