package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.PlainText;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Setting cohorts up and looking after their learners: teachers for their own cohorts, administrators for all.
 * Every method checks who is asking, whatever the screen allowed.
 */
@Service
public class CohortAdministration {

    private final CentreRepository centres;
    private final CohortRepository cohorts;
    private final LearnerRepository learners;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final StaffDirectory staffDirectory;

    CohortAdministration(CentreRepository centres, CohortRepository cohorts, LearnerRepository learners,
                         PasswordEncoder passwordEncoder, Validator validator, StaffDirectory staffDirectory) {
        this.centres = centres;
        this.cohorts = cohorts;
        this.learners = learners;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.staffDirectory = staffDirectory;
    }

    /** Her cohorts (all of them for an administrator), archived ones only when asked. */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts(SignedIn staff, boolean withArchived) {
        requireStaffWhoTeaches(staff);
        List<Cohort> found = staff.role() == Role.ADMIN ? cohorts.findAllWithCentre()
                : cohorts.findAllTaughtBy(staff.id());
        return found.stream().filter(c -> withArchived || !c.isArchived())
                .sorted(Comparator.comparing(Cohort::isArchived).thenComparing(Cohort::getStartDate,
                        Comparator.reverseOrder()).thenComparing(Cohort::getName))
                .map(c -> summary(c, learners.countByCohortId(c.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public CohortSummary cohort(SignedIn staff, long cohortId) {
        Cohort cohort = cohortFor(staff, cohortId);
        return summary(cohort, learners.countByCohortId(cohortId));
    }

    @Transactional(readOnly = true)
    public List<CentreOption> centres() {
        return centres.findAll().stream().map(c -> new CentreOption(c.getId(), c.getName()))
                .sorted(Comparator.comparing(CentreOption::name)).toList();
    }

    /** Only administrators open centres. */
    @Transactional
    public CentreOption addCentre(SignedIn staff, String name) {
        if (staff.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators open centres");
        }
        if (name == null || name.isBlank() || name.strip().length() > Centre.NAME_MAX) {
            throw new IllegalArgumentException("cohort.centre.required");
        }
        if (!PlainText.Check.isPlain(name, false)) {
            throw new IllegalArgumentException(PlainText.MESSAGE);
        }
        // A name typed again (in other capitals) is the same centre, not a second one.
        Centre centre = centres.findAll().stream().filter(c -> c.getName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseGet(() -> centres.save(new Centre(name.strip())));
        return new CentreOption(centre.getId(), centre.getName());
    }

    public List<StaffDirectory.StaffMember> teachers() {
        return staffDirectory.teachers();
    }

    /**
     * Creates a cohort. A teacher who creates one always teaches it. Throws ConstraintViolationException for a
     * value that breaks a rule of {@link CohortDetails}.
     */
    @Transactional
    public long createCohort(SignedIn staff, CohortDetails details) {
        requireStaffWhoTeaches(staff);
        CohortDetails checked = checked(staff, details);
        Cohort cohort = new Cohort(centre(checked), checked.name().strip(), checked.startDate());
        cohort.update(centre(checked), checked);
        return cohorts.save(cohort).getId();
    }

    @Transactional
    public void updateCohort(SignedIn staff, long cohortId, CohortDetails details) {
        Cohort cohort = cohortFor(staff, cohortId);
        CohortDetails checked = checked(staff, details);
        cohort.update(centre(checked), checked);
    }

    /** An archived cohort leaves the workstations' first screen; its learners and results are kept. */
    @Transactional
    public void setArchived(SignedIn staff, long cohortId, boolean archived) {
        cohortFor(staff, cohortId).setArchived(archived);
    }

    @Transactional(readOnly = true)
    public List<LearnerDetails> learners(SignedIn staff, long cohortId) {
        cohortFor(staff, cohortId);
        return learners.findByCohortIdOrderByFirstNameAscLastInitialAsc(cohortId).stream()
                .map(LearnerDetails::of).toList();
    }

    /** Throws ConstraintViolationException for a value that breaks a rule of {@link NewLearner}. */
    @Transactional
    public long enrol(SignedIn staff, long cohortId, NewLearner learner) {
        Cohort cohort = cohortFor(staff, cohortId);
        requireValid(learner);
        return learners.save(new Learner(cohort, learner.firstName().strip(), learner.cleanInitial(),
                learner.picture(), passwordEncoder.encode(learner.code()))).getId();
    }

    /** A new code for a learner who forgot hers; it also unlocks her. */
    @Transactional
    public void changeCode(SignedIn staff, long learnerId, String code) {
        if (!LearnerCode.isValid(code)) {
            throw new IllegalArgumentException("A learner's code is four digits");
        }
        namedLearnerFor(staff, learnerId).changeCode(passwordEncoder.encode(code));
    }

    @Transactional
    public void changePicture(SignedIn staff, long learnerId, LearnerPicture picture) {
        namedLearnerFor(staff, learnerId).changePicture(picture);
    }

    @Transactional
    public void unlock(SignedIn staff, long learnerId) {
        learnerFor(staff, learnerId).unlock();
    }

    Cohort cohortFor(SignedIn staff, long cohortId) {
        requireStaffWhoTeaches(staff);
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new AccessDeniedException("No such cohort"));
        if (staff.role() != Role.ADMIN && !cohort.getTeacherIds().contains(staff.id())) {
            throw new AccessDeniedException("Not one of this person's cohorts");
        }
        return cohort;
    }

    /**
     * Checks that this member of staff may work with the learner (a teacher of her cohort, or an administrator), as
     * every service holding something about one learner must before reading or writing it.
     *
     * @throws AccessDeniedException when she does not exist or is not one of this member of staff's learners
     */
    @Transactional(readOnly = true)
    public void requireHerTeacher(SignedIn staff, long learnerId) {
        learnerFor(staff, learnerId);
    }

    private Learner learnerFor(SignedIn staff, long learnerId) {
        Learner learner = learners.findById(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        cohortFor(staff, learner.getCohort().getId());
        return learner;
    }

    /** An anonymised learner is never given a code or a picture again: she stays without identity. */
    private Learner namedLearnerFor(SignedIn staff, long learnerId) {
        Learner learner = learnerFor(staff, learnerId);
        if (learner.isAnonymised()) {
            throw new IllegalStateException("An anonymised learner has no code and no picture");
        }
        return learner;
    }

    private CohortDetails checked(SignedIn staff, CohortDetails details) {
        requireValid(details);
        Set<Long> teacherIds = new HashSet<>(details.teacherIds());
        if (staff.role() == Role.TEACHER) {
            teacherIds.add(staff.id()); // she never locks herself out of her own cohort
        }
        Set<Long> known = new HashSet<>(staffDirectory.teachers().stream().map(StaffDirectory.StaffMember::id).toList());
        if (staff.role() == Role.TEACHER) {
            known.add(staff.id());
        }
        teacherIds.retainAll(known);
        return new CohortDetails(details.name(), details.centreId(), details.startDate(), details.weeks(), teacherIds);
    }

    private Centre centre(CohortDetails details) {
        return centres.findById(details.centreId()).orElseThrow(() -> new IllegalArgumentException("No such centre"));
    }

    private void requireValid(Object value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void requireStaffWhoTeaches(SignedIn staff) {
        if (staff == null || (staff.role() != Role.TEACHER && staff.role() != Role.ADMIN)) {
            throw new AccessDeniedException("Only teachers and administrators manage cohorts");
        }
    }

    private static CohortSummary summary(Cohort cohort, long learnerCount) {
        return new CohortSummary(cohort.getId(), cohort.getName(), cohort.getCentre().getId(),
                cohort.getCentre().getName(), cohort.getStartDate(), cohort.getWeeks(), cohort.isArchived(),
                Set.copyOf(cohort.getTeacherIds()), (int) learnerCount);
    }
}
