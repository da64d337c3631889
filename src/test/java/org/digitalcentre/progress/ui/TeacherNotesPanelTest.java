package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.NoteDraft;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.privacy.LearnerErasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/**
 * Sabine edits and deletes notes on Amina from her page: the same form in a dialog to edit, a question before
 * deleting. The edited note says who edited it; the deleted one leaves only "note deleted by" and no text.
 */
class TeacherNotesPanelTest extends KaribuTest {

    @Autowired
    TeacherNotes notes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    LearnerErasure erasure;

    private long amina;
    private long note;

    @BeforeEach
    void claireWroteANoteOnAmina() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        openStaffAccount("claire", Role.ADMIN);
        amina = createCohort("Morning group", List.of(sabine), "Amina").learnerIds()[0];
        note = notes.write(staff("claire"), amina, new NoteDraft(LocalDate.now().minusDays(1), "Send an email alone",
                "", "", "Talks about her son"));
        signInAsStaff("sabine");
        open("learner/" + amina);
    }

    @Test
    void editing_a_note_opens_its_text_in_the_form_and_the_note_then_says_who_edited_it() {
        _click(_get(Button.class, spec -> spec.withClasses("note-edit")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("note-edit-dialog"));
        TextArea goals = _get(dialog, TextArea.class, spec -> spec.withLabel("Goals"));
        assertThat(goals.getValue()).isEqualTo("Send an email alone");
        _setValue(goals, "Send an email with a file");
        _click(_get(dialog, Button.class, spec -> spec.withText("Save the changes")));

        _assertNone(Dialog.class);
        Div card = _get(Div.class, spec -> spec.withClasses("note"));
        assertThat(card.getElement().getTextRecursively()).contains("by claire Name", "Edited by sabine Name on",
                "Send an email with a file", "Talks about her son").doesNotContain("Send an email alone");
        assertThat(notes.notesOn(staff("sabine"), amina).get(0).goals()).isEqualTo("Send an email with a file");
    }

    @Test
    void an_emptied_note_is_refused_in_the_dialog_with_the_forms_message() {
        _click(_get(Button.class, spec -> spec.withClasses("note-edit")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("note-edit-dialog"));
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Goals")), "");
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Free note")), " ");

        _click(_get(dialog, Button.class, spec -> spec.withText("Save the changes")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "form-error")).getText()).isEqualTo("Write at least one part of the note.");
        assertThat(notes.notesOn(staff("sabine"), amina).get(0).edited()).isEmpty();
    }

    @Test
    void deleting_a_note_asks_first_then_leaves_only_who_deleted_it_and_no_text() {
        _click(_get(Button.class, spec -> spec.withClasses("note-delete")));
        Dialog question = _get(Dialog.class, spec -> spec.withClasses("note-delete-dialog"));
        _click(_get(question, Button.class, spec -> spec.withText("No, keep the note")));
        assertThat(_get(Div.class, spec -> spec.withClasses("note")).getElement().getTextRecursively())
                .contains("Send an email alone");

        _click(_get(Button.class, spec -> spec.withClasses("note-delete")));
        question = _get(Dialog.class, spec -> spec.withClasses("note-delete-dialog"));
        assertThat(question.getHeaderTitle()).isEqualTo("Delete this note?");
        _click(_get(question, Button.class, spec -> spec.withText("Yes, delete the note")));

        Div card = _get(Div.class, spec -> spec.withClasses("note"));
        assertThat(card.getClassNames()).contains("note-deleted");
        assertThat(card.getElement().getTextRecursively()).startsWith("Note deleted by sabine Name on ")
                .doesNotContain("Send an email alone").doesNotContain("Talks about her son");
        assertThat(_find(card, Button.class)).isEmpty();
        entities.flush();
        assertThat(jdbc.queryForList("select goals || barriers || accommodations || free_text from teacher_note",
                String.class)).containsExactly("");
    }

    @Test
    void once_she_is_anonymised_the_page_says_no_more_notes_can_be_written_and_offers_no_form() {
        assertThat(erasure.anonymise(staff("claire"), amina)).isTrue();
        entities.flush();

        open("learner/" + amina);

        _get(Paragraph.class, spec -> spec.withClasses("notes-anonymised")
                .withText("This learner is anonymised: no more notes can be written about her."));
        _assertNone(Button.class, spec -> spec.withText("Save the note"));
        _assertNone(TextArea.class, spec -> spec.withLabel("Goals"));
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
