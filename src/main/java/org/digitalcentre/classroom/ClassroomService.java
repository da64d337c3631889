package org.digitalcentre.classroom;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Centres, cohorts and their learners; checks a learner's code. */
@Service
public class ClassroomService {

    private final CentreRepository centres;
    private final CohortRepository cohorts;
    private final LearnerRepository learners;
    private final PasswordEncoder passwordEncoder;

    ClassroomService(CentreRepository centres, CohortRepository cohorts, LearnerRepository learners,
                     PasswordEncoder passwordEncoder) {
        this.centres = centres;
        this.cohorts = cohorts;
        this.learners = learners;
        this.passwordEncoder = passwordEncoder;
    }

    /** The cohorts a workstation offers on its first screen. */
    @Transactional(readOnly = true)
    public List<CohortCard> activeCohorts() {
        return cohorts.findActive().stream().map(CohortCard::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CohortCard> activeCohort(long cohortId) {
        return cohorts.findById(cohortId).filter(c -> !c.isArchived()).map(CohortCard::of);
    }

    /** The cohorts a member of staff works with: her own for a teacher, all of them for an administrator. */
    @Transactional(readOnly = true)
    public List<CohortCard> cohortsFor(SignedIn staff) {
        if (staff.role() == Role.ADMIN) {
            return activeCohorts();
        }
        if (staff.role() == Role.TEACHER) {
            return cohorts.findActiveTaughtBy(staff.id()).stream().map(CohortCard::of).toList();
        }
        return List.of();
    }

    /** Whether this member of staff may see this (running) cohort: one query, whatever the number of cohorts. */
    @Transactional(readOnly = true)
    public boolean mayWorkWith(SignedIn staff, long cohortId) {
        if (staff.role() == Role.ADMIN) {
            return cohorts.existsByIdAndArchivedFalse(cohortId);
        }
        return staff.role() == Role.TEACHER && cohorts.isActiveAndTaughtBy(cohortId, staff.id());
    }

    @Transactional(readOnly = true)
    public Optional<CohortSchedule> schedule(long cohortId) {
        return cohorts.findById(cohortId).map(c -> new CohortSchedule(c.getId(), c.getStartDate(), c.getWeeks()));
    }

    @Transactional(readOnly = true)
    public List<LearnerTile> learnersOf(long cohortId) {
        return learners.tilesOf(cohortId);
    }

    @Transactional(readOnly = true)
    public Optional<LearnerTile> learner(long learnerId) {
        return learners.findById(learnerId).map(LearnerTile::of);
    }

    /**
     * Checks the code she typed. A right code resets the count of wrong ones; the fifth wrong code in a row locks
     * her until a teacher unlocks her. A locked learner is refused even with the right code.
     */
    @Transactional
    public CodeCheck checkCode(long learnerId, String code) {
        Learner learner = learners.findById(learnerId).orElseThrow();
        if (learner.isLocked()) {
            return new CodeCheck(CodeCheck.Outcome.LOCKED, 0);
        }
        if (LearnerCode.isValid(code) && passwordEncoder.matches(code, learner.getCodeHash())) {
            learner.codeAccepted();
            return new CodeCheck(CodeCheck.Outcome.ACCEPTED, Learner.MAX_WRONG_CODES);
        }
        learner.codeRejected();
        return learner.isLocked()
                ? new CodeCheck(CodeCheck.Outcome.LOCKED, 0)
                : new CodeCheck(CodeCheck.Outcome.WRONG, Learner.MAX_WRONG_CODES - learner.getFailedCodeEntries());
    }

    @Transactional
    public long createCentre(String name) {
        return centres.save(new Centre(name)).getId();
    }

    @Transactional
    public long createCohort(long centreId, String name, LocalDate startDate, Collection<Long> teacherIds) {
        Cohort cohort = new Cohort(centres.findById(centreId).orElseThrow(), name, startDate);
        cohort.getTeacherIds().addAll(teacherIds);
        return cohorts.save(cohort).getId();
    }

    @Transactional
    public long enrol(long cohortId, String firstName, String lastInitial, LearnerPicture picture, String code) {
        if (!LearnerCode.isValid(code)) {
            throw new IllegalArgumentException("A learner's code is four digits");
        }
        Learner learner = new Learner(cohorts.findById(cohortId).orElseThrow(), firstName, lastInitial, picture,
                passwordEncoder.encode(code));
        return learners.save(learner).getId();
    }

}
