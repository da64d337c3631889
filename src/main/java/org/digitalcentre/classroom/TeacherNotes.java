package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Teachers' private notes on a learner: written and read only by her cohort's teachers and administrators. */
@Service
public class TeacherNotes {

    private final TeacherNoteRepository notes;
    private final LearnerRepository learners;
    private final CohortAdministration administration;
    private final Validator validator;
    private final Clock clock;

    TeacherNotes(TeacherNoteRepository notes, LearnerRepository learners, CohortAdministration administration,
                 Validator validator, Clock clock) {
        this.notes = notes;
        this.learners = learners;
        this.administration = administration;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TeacherNoteRecord> notesOn(SignedIn staff, long learnerId) {
        requireHerTeacher(staff, learnerId);
        return notes.findByLearnerIdOrderByWrittenOnDescIdDesc(learnerId).stream().map(TeacherNote::toRecord).toList();
    }

    /** Whether notes may be written about her: not once she is anonymised (docs/decisions/0013). */
    @Transactional(readOnly = true)
    public boolean takesNotes(long learnerId) {
        return learners.findById(learnerId).map(learner -> !learner.isAnonymised()).orElse(false);
    }

    /** Throws ConstraintViolationException for a note that breaks a rule of {@link NoteDraft}. */
    @Transactional
    public long write(SignedIn staff, long learnerId, NoteDraft draft) {
        requireHerTeacher(staff, learnerId);
        if (learners.findById(learnerId).map(Learner::isAnonymised).orElse(false)) {
            throw new AccessDeniedException("An anonymised learner has no notes"); // docs/decisions/0013
        }
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return notes.save(new TeacherNote(learnerId, staff.id(), staff.displayName(), draft, clock.instant())).getId();
    }

    /**
     * Rewrites a note, as a teacher of the learner's cohort or an administrator; the note then says who edited it and
     * when. Throws ConstraintViolationException for a note that breaks a rule of {@link NoteDraft}.
     */
    @Transactional
    public void edit(SignedIn staff, long noteId, NoteDraft draft) {
        TeacherNote note = liveNote(staff, noteId);
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        note.edit(staff.id(), staff.displayName(), draft, clock.instant());
    }

    /**
     * Deletes a note's text, as a teacher of the learner's cohort or an administrator: nothing of what it said stays
     * in the database, only the line "deleted by X on date".
     */
    @Transactional
    public void delete(SignedIn staff, long noteId) {
        liveNote(staff, noteId).delete(staff.id(), staff.displayName(), clock.instant());
    }

    /** A note this person may change: on a learner of her cohorts, and not deleted already. */
    private TeacherNote liveNote(SignedIn staff, long noteId) {
        TeacherNote note = notes.findById(noteId).orElseThrow(() -> new AccessDeniedException("No such note"));
        requireHerTeacher(staff, note.getLearnerId());
        if (note.isDeleted()) {
            throw new IllegalStateException("This note was deleted");
        }
        return note;
    }

    private void requireHerTeacher(SignedIn staff, long learnerId) {
        administration.requireHerTeacher(staff, learnerId);
    }
}
