package org.digitalcentre.programme;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.LearnerFacts;
import org.digitalcentre.classroom.LearnerRecords;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * The intake record a teacher fills after the one-to-one interview: her goals, her constraints, her digital starting
 * point. Private like the teachers' notes: read and written only by her cohort's teachers and administrators; gone
 * with her when she is erased or anonymised, and in her data export.
 */
@Service
public class IntakeService {

    private final IntakeRepository intakes;
    private final LearnerRecords learners;
    private final CohortAdministration administration;
    private final Validator validator;
    private final Clock clock;

    IntakeService(IntakeRepository intakes, LearnerRecords learners, CohortAdministration administration,
                  Validator validator, Clock clock) {
        this.intakes = intakes;
        this.learners = learners;
        this.administration = administration;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<IntakeRecord> intakeOf(SignedIn staff, long learnerId) {
        requireHerTeacher(staff, learnerId);
        return intakes.findByLearnerId(learnerId).map(Intake::toRecord);
    }

    /** Whether an intake may be written about her: not once she is anonymised. */
    @Transactional(readOnly = true)
    public boolean takesIntake(long learnerId) {
        return learners.facts(learnerId).map(facts -> facts.anonymisedAt() == null).orElse(false);
    }

    /**
     * Writes her intake (the first time) or rewrites it: one record per learner, never two. Throws
     * ConstraintViolationException for a draft that breaks a rule of {@link IntakeDraft}.
     */
    @Transactional
    public void save(SignedIn staff, long learnerId, IntakeDraft draft) {
        LearnerFacts facts = requireHerTeacher(staff, learnerId);
        if (facts.anonymisedAt() != null) {
            throw new AccessDeniedException("An anonymised learner has no intake");
        }
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Intake intake = intakes.findByLearnerId(learnerId).orElseGet(() -> new Intake(learnerId));
        intake.write(draft, staff.displayName(), clock.instant());
        intakes.save(intake);
    }

    /** For her data export (privacy checks who asks). */
    @Transactional(readOnly = true)
    public Optional<IntakeRecord> intakeForExport(long learnerId) {
        return intakes.findByLearnerId(learnerId).map(Intake::toRecord);
    }

    /** She is anonymised or erased: her intake goes (privacy checks who asks). */
    @Transactional
    public void forget(long learnerId) {
        intakes.deleteByLearnerId(learnerId);
    }

    private LearnerFacts requireHerTeacher(SignedIn staff, long learnerId) {
        administration.requireHerTeacher(staff, learnerId);
        return learners.facts(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
    }
}
