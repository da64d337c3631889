package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class TeacherNotesTest {

    @Autowired
    TeacherNotes notes;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;

    private long amina;
    private LocalDate today;

    @BeforeEach
    void sabineTeachesAmina() {
        People people = new People(staffAccounts, classroom);
        long sabine = people.openStaffAccount("sabine", Role.TEACHER);
        long nora = people.openStaffAccount("nora", Role.TEACHER);
        people.openStaffAccount("claire", Role.ADMIN);
        amina = people.createCohort("Morning group", List.of(sabine), "Amina").learnerIds()[0];
        people.createCohort("Evening group", List.of(nora), "Leila");
        today = LocalDate.now(clock);
    }

    @Test
    void a_note_with_any_one_part_written_is_saved() {
        List<NoteDraft> drafts = List.of(
                new NoteDraft(today, "Send an email alone", "", "", ""),
                new NoteDraft(today, "", "Afraid of the mouse", "", ""),
                new NoteDraft(today, "", "", "Large text", ""),
                new NoteDraft(today, null, null, null, "Came with her daughter"));

        for (NoteDraft draft : drafts) {
            notes.write(staff("sabine"), amina, draft);
        }

        assertThat(notes.notesOn(staff("sabine"), amina)).extracting(TeacherNoteRecord::goals,
                TeacherNoteRecord::barriers, TeacherNoteRecord::accommodations, TeacherNoteRecord::freeText)
                .containsExactlyInAnyOrder(
                        tuple("Send an email alone", "", "", ""),
                        tuple("", "Afraid of the mouse", "", ""),
                        tuple("", "", "Large text", ""),
                        tuple("", "", "", "Came with her daughter"));
    }

    @Test
    void notes_are_listed_newest_first_with_their_authors_name() {
        long first = notes.write(staff("sabine"), amina, new NoteDraft(today.minusDays(7), "First week", "", "", ""));
        long latest = notes.write(staff("claire"), amina, new NoteDraft(today, "This week", "", "", ""));
        long lateEntry = notes.write(staff("sabine"), amina, new NoteDraft(today.minusDays(7), "", "", "",
                "  Written later about the first week  "));

        List<TeacherNoteRecord> written = notes.notesOn(staff("sabine"), amina);

        assertThat(written).extracting(TeacherNoteRecord::id, TeacherNoteRecord::authorName,
                TeacherNoteRecord::writtenOn, TeacherNoteRecord::learnerId).containsExactly(
                tuple(latest, "claire Name", today, amina),
                tuple(lateEntry, "sabine Name", today.minusDays(7), amina),
                tuple(first, "sabine Name", today.minusDays(7), amina));
        assertThat(written.get(1).freeText()).isEqualTo("Written later about the first week");
    }

    @Test
    void an_empty_note_is_refused() {
        assertRefused(new NoteDraft(today, "", " ", null, "\n"), "note.empty");
    }

    @Test
    void a_note_dated_in_the_future_is_refused() {
        assertRefused(new NoteDraft(today.plusDays(1), "Goals", "", "", ""), "note.date.future");
    }

    @Test
    void a_note_without_a_date_is_refused() {
        assertRefused(new NoteDraft(null, "Goals", "", "", ""), "note.date.required");
    }

    @Test
    void a_part_longer_than_its_limit_is_refused() {
        String shortLimit = "a".repeat(NoteDraft.SHORT_MAX);
        String longLimit = "a".repeat(NoteDraft.LONG_MAX);

        notes.write(staff("sabine"), amina, new NoteDraft(today, shortLimit, shortLimit, shortLimit, longLimit));

        assertRefused(new NoteDraft(today, shortLimit + "a", "", "", ""), "note.too-long");
        assertRefused(new NoteDraft(today, "", shortLimit + "a", "", ""), "note.too-long");
        assertRefused(new NoteDraft(today, "", "", shortLimit + "a", ""), "note.too-long");
        assertRefused(new NoteDraft(today, "", "", "", longLimit + "a"), "note.too-long");
    }

    @Test
    void another_teacher_can_neither_write_nor_read_a_note_on_the_learner() {
        notes.write(staff("sabine"), amina, new NoteDraft(today, "Goals", "", "", ""));

        assertThatThrownBy(() -> notes.write(staff("nora"), amina, new NoteDraft(today, "Nosy", "", "", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.notesOn(staff("nora"), amina)).isInstanceOf(AccessDeniedException.class);
        assertThat(notes.notesOn(staff("sabine"), amina)).extracting(TeacherNoteRecord::goals)
                .containsExactly("Goals");
    }

    @Test
    void an_administrator_writes_and_reads_notes_on_any_learner() {
        notes.write(staff("sabine"), amina, new NoteDraft(today, "Goals", "", "", ""));

        notes.write(staff("claire"), amina, new NoteDraft(today, "", "", "", "Seen by the administrator"));

        assertThat(notes.notesOn(staff("claire"), amina)).extracting(TeacherNoteRecord::authorName)
                .containsExactlyInAnyOrder("sabine Name", "claire Name");
    }

    @Test
    void an_unknown_learner_is_denied() {
        assertThatThrownBy(() -> notes.notesOn(staff("claire"), -1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_of_the_cohort_edits_a_note_and_it_says_who_and_when() {
        long note = notes.write(staff("claire"), amina, new NoteDraft(today, "First goals", "", "", ""));

        notes.edit(staff("sabine"), note, new NoteDraft(today, "  Better goals  ", "", "", "Asked for help"));

        TeacherNoteRecord edited = notes.notesOn(staff("sabine"), amina).get(0);
        assertThat(edited.goals()).isEqualTo("Better goals");
        assertThat(edited.freeText()).isEqualTo("Asked for help");
        assertThat(edited.authorName()).isEqualTo("claire Name");
        assertThat(edited.edited()).hasValueSatisfying(change -> {
            assertThat(change.by()).isEqualTo("sabine Name");
            assertThat(change.at()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        });
        assertThat(edited.deleted()).isEmpty();
    }

    @Test
    void an_administrator_edits_and_deletes_notes_on_any_learner() {
        long note = notes.write(staff("sabine"), amina, new NoteDraft(today, "Goals", "", "", ""));
        long other = notes.write(staff("sabine"), amina, new NoteDraft(today, "Other", "", "", ""));

        notes.edit(staff("claire"), note, new NoteDraft(today, "Goals, edited", "", "", ""));
        notes.delete(staff("claire"), other);

        assertThat(notes.notesOn(staff("sabine"), amina)).extracting(n -> n.edited().map(c -> c.by()),
                n -> n.deleted().map(c -> c.by())).containsExactlyInAnyOrder(
                tuple(java.util.Optional.of("claire Name"), java.util.Optional.empty()),
                tuple(java.util.Optional.empty(), java.util.Optional.of("claire Name")));
    }

    @Test
    void another_cohorts_teacher_can_neither_edit_nor_delete_a_note() {
        long note = notes.write(staff("sabine"), amina, new NoteDraft(today, "Goals", "", "", ""));

        assertThatThrownBy(() -> notes.edit(staff("nora"), note, new NoteDraft(today, "Nosy", "", "", "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(staff("nora"), note)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(staff("nora"), -1)).isInstanceOf(AccessDeniedException.class);

        TeacherNoteRecord unchanged = notes.notesOn(staff("sabine"), amina).get(0);
        assertThat(unchanged.goals()).isEqualTo("Goals");
        assertThat(unchanged.edited()).isEmpty();
        assertThat(unchanged.deleted()).isEmpty();
    }

    @Test
    void a_deleted_note_keeps_no_text_in_the_database_only_who_deleted_it_and_when() {
        long note = notes.write(staff("sabine"), amina, new NoteDraft(today, "Private goal", "Private barrier",
                "Private accommodation", "Private free text"));

        notes.delete(staff("sabine"), note);

        TeacherNoteRecord deleted = notes.notesOn(staff("sabine"), amina).get(0);
        assertThat(deleted.deleted()).hasValueSatisfying(change -> {
            assertThat(change.by()).isEqualTo("sabine Name");
            assertThat(change.at()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        });
        entities.flush();
        String stored = jdbc.queryForObject("select goals || barriers || accommodations || free_text "
                + "from teacher_note where id = ?", String.class, note);
        assertThat(stored).isEmpty();
        assertThat(jdbc.queryForObject("select deleted_by_name from teacher_note where id = ?", String.class, note))
                .isEqualTo("sabine Name");
        assertThatThrownBy(() -> notes.edit(staff("sabine"), note, new NoteDraft(today, "Back?", "", "", "")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_edit_that_breaks_a_rule_is_refused_and_changes_nothing() {
        long note = notes.write(staff("sabine"), amina, new NoteDraft(today, "Goals", "", "", ""));

        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> notes.edit(staff("sabine"), note, new NoteDraft(today, "", "", "", "")));

        assertThat(refused.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                .containsExactly("note.empty");
        assertThat(notes.notesOn(staff("sabine"), amina).get(0).goals()).isEqualTo("Goals");
        assertThat(notes.notesOn(staff("sabine"), amina).get(0).edited()).isEmpty();
    }

    private void assertRefused(NoteDraft draft, String messageKey) {
        int before = notes.notesOn(staff("sabine"), amina).size();

        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> notes.write(staff("sabine"), amina, draft));

        assertThat(refused).as("refused: %s", draft).isNotNull();
        assertThat(refused.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                .containsExactly(messageKey);
        assertThat(notes.notesOn(staff("sabine"), amina)).hasSize(before);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
