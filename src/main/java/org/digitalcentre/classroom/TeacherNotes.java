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

    private void requireHerTeacher(SignedIn staff, long learnerId) {
        Learner learner = learners.findById(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        administration.cohortFor(staff, learner.getCohort().getId());
    }
}
