package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.TeacherNoteRecord;
import org.digitalcentre.classroom.TeacherNotes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Her teachers' private notes: the form to write one, then each note, newest first, with buttons to edit it (the
 * same form, in a dialog) and to delete it (after a confirmation). An edited note says who edited it and when; a
 * deleted one is only the line "note deleted by X on date".
 */
class TeacherNotesPanel extends Div {

    private final TeacherNotes notes;
    private final SignedIn staff;
    private final long learnerId;
    private final Clock clock;
    private final Div list = new Div();
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;

    TeacherNotesPanel(TeacherNotes notes, SignedIn staff, long learnerId, Clock clock) {
        this.notes = notes;
        this.staff = staff;
        this.learnerId = learnerId;
        this.clock = clock;
        addClassName("notes-panel");
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        day = date.withZone(clock.getZone());
        NoteForm form = new NoteForm(LocalDate.now(clock));
        form.addClassName("note-new");
        Button save = new Button(getTranslation("note.save"), VaadinIcon.CHECK.create(), click -> {
            try {
                notes.write(staff, learnerId, form.draft());
                form.clearText();
                showNotes();
            } catch (ConstraintViolationException invalid) {
                form.showProblems(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.addClassName("notes");
        if (notes.takesNotes(learnerId)) {
            add(new Paragraph(getTranslation("overview.notes.private")), form, save, list);
        } else {
            Paragraph anonymised = new Paragraph(getTranslation("overview.notes.anonymised"));
            anonymised.addClassName("notes-anonymised");
            add(anonymised, list);
        }
        showNotes();
    }

    private void showNotes() {
        list.removeAll();
        for (TeacherNoteRecord note : notes.notesOn(staff, learnerId)) {
            list.add(note.isDeleted() ? deletedCard(note) : card(note));
        }
    }

    private Div deletedCard(TeacherNoteRecord note) {
        TeacherNoteRecord.Change deleted = note.deleted().orElseThrow();
        Paragraph line = new Paragraph(getTranslation("note.deleted-by", deleted.by(), day.format(deleted.at())));
        Div card = new Div(VaadinIcon.TRASH.create(), line);
        card.addClassNames("note", "note-deleted");
        return card;
    }

    private Div card(TeacherNoteRecord note) {
        Div card = new Div(new H3(getTranslation("note.heading", date.format(note.writtenOn()), note.authorName())));
        card.addClassName("note");
        note.edited().ifPresent(edited -> {
            Paragraph line = new Paragraph(getTranslation("note.edited-by", edited.by(), day.format(edited.at())));
            line.addClassName("note-edited");
            card.add(line);
        });
        addPart(card, "note.goals", note.goals());
        addPart(card, "note.barriers", note.barriers());
        addPart(card, "note.accommodations", note.accommodations());
        addPart(card, "note.free-text", note.freeText());
        String heading = date.format(note.writtenOn());
        Button edit = new Button(getTranslation("note.edit"), VaadinIcon.EDIT.create(), click -> openEdit(note));
        edit.setAriaLabel(getTranslation("note.edit.label", heading, note.authorName()));
        edit.addClassName("note-edit");
        Button delete = new Button(getTranslation("note.delete"), VaadinIcon.TRASH.create(),
                click -> openDelete(note));
        delete.setAriaLabel(getTranslation("note.delete.label", heading, note.authorName()));
        delete.addClassName("note-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(edit, delete);
        actions.addClassName("toolbar");
        card.add(actions);
        return card;
    }

    private void addPart(Div card, String labelKey, String text) {
        if (!text.isBlank()) {
            Paragraph part = new Paragraph(getTranslation("note.part", getTranslation(labelKey), text));
            part.addClassName("note-part");
            card.add(part);
        }
    }

    private void openEdit(TeacherNoteRecord note) {
        Dialog dialog = new Dialog(getTranslation("note.edit.title"));
        dialog.addClassName("note-edit-dialog");
        NoteForm form = new NoteForm(note.writtenOn());
        form.fill(note);
        Button save = new Button(getTranslation("note.edit.save"), VaadinIcon.CHECK.create(), click -> {
            try {
                notes.edit(staff, note.id(), form.draft());
                dialog.close();
                showNotes();
            } catch (ConstraintViolationException invalid) {
                form.showProblems(invalid);
            } catch (IllegalStateException deletedMeanwhile) {
                dialog.close();
                gone();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("note.cancel"), click -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void openDelete(TeacherNoteRecord note) {
        Dialog dialog = new Dialog(getTranslation("note.delete.title"));
        dialog.addClassName("note-delete-dialog");
        dialog.add(new Paragraph(getTranslation("note.delete.question", date.format(note.writtenOn()),
                note.authorName())));
        Button delete = new Button(getTranslation("note.delete.confirm"), VaadinIcon.TRASH.create(), click -> {
            try {
                notes.delete(staff, note.id());
            } catch (IllegalStateException deletedMeanwhile) {
                gone();
            }
            dialog.close();
            showNotes();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button keep = new Button(getTranslation("note.delete.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, delete);
        dialog.open();
    }

    /** Another teacher deleted it in the meantime. */
    private void gone() {
        Notification.show(getTranslation("note.gone"));
        showNotes();
    }
}
