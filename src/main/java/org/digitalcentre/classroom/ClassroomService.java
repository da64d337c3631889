package org.digitalcentre.classroom;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final CodeTries tries;
    private final SignInProperties signIn;
    private final Clock clock;

    ClassroomService(CentreRepository centres, CohortRepository cohorts, LearnerRepository learners,
                     PasswordEncoder passwordEncoder, CodeTries tries, SignInProperties signIn, Clock clock) {
        this.centres = centres;
        this.cohorts = cohorts;
        this.learners = learners;
        this.passwordEncoder = passwordEncoder;
        this.tries = tries;
        this.signIn = signIn;
        this.clock = clock;
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

    /** The tiles of the cohort's sign-in screen: every learner but the anonymised ones. */
    @Transactional(readOnly = true)
    public List<LearnerTile> signInTilesOf(long cohortId) {
        return learners.signInTilesOf(cohortId);
    }

    @Transactional(readOnly = true)
    public Optional<LearnerTile> learner(long learnerId) {
        return learners.findById(learnerId).map(LearnerTile::of);
    }

    /** A learner who may sign in: she exists, is not anonymised and her cohort is not archived. */
    @Transactional(readOnly = true)
    public Optional<LearnerTile> learnerWhoMaySignIn(long learnerId) {
        return learners.tileInActiveCohort(learnerId);
    }

    /** Whether each step is read aloud to her as it opens (her teacher switches it on for her). */
    @Transactional(readOnly = true)
    public boolean readsAloudAutomatically(long learnerId) {
        return learners.findById(learnerId).map(Learner::isReadAloudAutomatically).orElse(false);
    }

    /**
     * A teacher of her cohort (or an administrator) switches "read aloud automatically" on or off for her.
     *
     * @throws AccessDeniedException when this member of staff does not work with her cohort
     */
    @Transactional
    public void setReadAloudAutomatically(SignedIn staff, long learnerId, boolean on) {
        Learner learner = learners.findById(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        if (!mayWorkWith(staff, learner.getCohort().getId())) {
            throw new AccessDeniedException("Not a learner of this member of staff");
        }
        learner.setReadAloudAutomatically(on);
    }

    /**
     * Checks the code she typed. The try is counted before the code is checked, by one conditional UPDATE committed at
     * once ({@link CodeTries}), so parallel tries from many sessions never check more than five wrong codes. A right
     * code resets the count; the fifth wrong code in a row locks her until a teacher unlocks her; after each wrong
     * code the next one waits a little longer. A locked learner, or one of an archived cohort, is refused even with
     * the right code.
     */
    public CodeCheck checkCode(long learnerId, String code) {
        Instant now = clock.instant();
        Optional<CodeTries.Taken> taken = tries.take(learnerId, now);
        if (taken.isEmpty()) {
            return whyNoTry(learnerId, now);
        }
        int counted = taken.get().counted();
        if (counted > Learner.MAX_WRONG_CODES) {
            // Counted while another session's fifth wrong code was locking her: nothing more is checked.
            return new CodeCheck(CodeCheck.Outcome.LOCKED, 0);
        }
        if (LearnerCode.isValid(code) && passwordEncoder.matches(code, taken.get().codeHash())) {
            tries.accepted(learnerId);
            return new CodeCheck(CodeCheck.Outcome.ACCEPTED, Learner.MAX_WRONG_CODES);
        }
        if (counted == Learner.MAX_WRONG_CODES) {
            tries.locked(learnerId);
            return new CodeCheck(CodeCheck.Outcome.LOCKED, 0);
        }
        Duration wait = signIn.delayAfter(counted);
        if (!wait.isZero()) {
            // No delay set, no wait written: a session whose clock read a moment earlier would be told to wait.
            tries.waitUntil(learnerId, now.plus(wait));
        }
        return new CodeCheck(CodeCheck.Outcome.WRONG, Learner.MAX_WRONG_CODES - counted, wait);
    }

    private CodeCheck whyNoTry(long learnerId, Instant now) {
        Optional<CodeTries.Standing> standing = tries.standing(learnerId);
        if (standing.isEmpty()) {
            return new CodeCheck(CodeCheck.Outcome.REFUSED, 0);
        }
        if (standing.get().locked()) {
            return new CodeCheck(CodeCheck.Outcome.LOCKED, 0);
        }
        Instant notBefore = standing.get().notBefore();
        Duration wait = notBefore == null || notBefore.isBefore(now) ? Duration.ZERO : Duration.between(now, notBefore);
        return new CodeCheck(CodeCheck.Outcome.WAIT, Learner.MAX_WRONG_CODES - standing.get().counted(), wait);
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

    /** The language she chose ("fr", "en", "ar"), if she chose one. */
    @Transactional(readOnly = true)
    public Optional<String> languageOf(long learnerId) {
        return learners.findById(learnerId).map(Learner::getLanguage);
    }

    /** Remembers her language for the next time she signs in, on any computer of the centre. */
    @Transactional
    public void rememberLanguage(long learnerId, String language) {
        learners.findById(learnerId).filter(learner -> !learner.isAnonymised())
                .ifPresent(learner -> learner.setLanguage(language));
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
