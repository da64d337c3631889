package org.digitalcentre.plan;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSchedule;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.content.ContentCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cohort plan: teachers put modules into weeks, reorder them, hide modules from the group, mark today's
 * workshop and give one learner extra modules. Learners' homes follow it. Every change checks that the cohort is
 * the teacher's (any cohort for an administrator).
 */
@Service
public class CohortPlanService {

    private final PlanEntryRepository entries;
    private final HiddenModuleRepository hiddenModules;
    private final TodaysWorkshopRepository workshops;
    private final AssignedModuleRepository assignments;
    private final CohortAdministration administration;
    private final ClassroomService classroom;
    private final ContentCatalogue catalogue;
    private final Clock clock;

    CohortPlanService(PlanEntryRepository entries, HiddenModuleRepository hiddenModules,
                      TodaysWorkshopRepository workshops, AssignedModuleRepository assignments,
                      CohortAdministration administration, ClassroomService classroom, ContentCatalogue catalogue,
                      Clock clock) {
        this.entries = entries;
        this.hiddenModules = hiddenModules;
        this.workshops = workshops;
        this.assignments = assignments;
        this.administration = administration;
        this.classroom = classroom;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CohortPlan plan(SignedIn staff, long cohortId) {
        CohortSummary cohort = administration.cohort(staff, cohortId);
        LocalDate today = LocalDate.now(clock);
        Map<Integer, List<String>> byWeek = new TreeMap<>();
        for (PlanEntry entry : entries.findByCohortIdOrderByWeekAscPositionAsc(cohortId)) {
            byWeek.computeIfAbsent(entry.getWeek(), w -> new ArrayList<>()).add(entry.getModuleId());
        }
        Set<String> hidden = hiddenModules.findByKeyCohortId(cohortId).stream().map(HiddenModule::moduleId)
                .collect(Collectors.toSet());
        int currentWeek = new CohortSchedule(cohortId, cohort.startDate(), cohort.weeks()).weekOf(today);
        return new CohortPlan(cohortId, cohort.weeks(), currentWeek, byWeek, hidden, workshopOn(cohortId, today),
                today);
    }

    /** Adds a module at the end of a week; a module already in that week stays where it is. */
    @Transactional
    public void addToWeek(SignedIn staff, long cohortId, int week, String moduleId) {
        CohortSummary cohort = administration.cohort(staff, cohortId);
        requireWeek(cohort, week);
        requireModule(moduleId);
        List<PlanEntry> inWeek = weekEntries(cohortId, week);
        if (inWeek.stream().noneMatch(e -> e.getModuleId().equals(moduleId))) {
            entries.save(new PlanEntry(cohortId, week, inWeek.size(), moduleId));
        }
    }

    /**
     * Moves the module at {@code fromIndex} of {@code fromWeek} to {@code toIndex} of {@code toWeek} (the end of the
     * week when the index is past it). Dropping it into a week that already has it only removes the moved copy.
     */
    @Transactional
    public void move(SignedIn staff, long cohortId, int fromWeek, int fromIndex, int toWeek, int toIndex) {
        CohortSummary cohort = administration.cohort(staff, cohortId);
        requireWeek(cohort, toWeek);
        List<PlanEntry> source = weekEntries(cohortId, fromWeek);
        if (fromIndex < 0 || fromIndex >= source.size()) {
            return;
        }
        PlanEntry moved = source.remove(fromIndex);
        List<PlanEntry> target = fromWeek == toWeek ? source : weekEntries(cohortId, toWeek);
        if (fromWeek != toWeek && target.stream().anyMatch(e -> e.getModuleId().equals(moved.getModuleId()))) {
            entries.delete(moved);
        } else {
            target.add(Math.max(0, Math.min(toIndex, target.size())), moved);
        }
        renumber(source, fromWeek);
        if (fromWeek != toWeek) {
            renumber(target, toWeek);
        }
    }

    @Transactional
    public void remove(SignedIn staff, long cohortId, int week, int index) {
        administration.cohort(staff, cohortId);
        List<PlanEntry> inWeek = weekEntries(cohortId, week);
        if (index >= 0 && index < inWeek.size()) {
            entries.delete(inWeek.remove(index));
            renumber(inWeek, week);
        }
    }

    @Transactional
    public void setHidden(SignedIn staff, long cohortId, String moduleId, boolean hidden) {
        administration.cohort(staff, cohortId);
        requireModule(moduleId);
        HiddenModule.Key key = new HiddenModule.Key(cohortId, moduleId);
        if (hidden && !hiddenModules.existsById(key)) {
            hiddenModules.save(new HiddenModule(cohortId, moduleId));
        } else if (!hidden) {
            hiddenModules.deleteById(key);
        }
    }

    /** Marks a module as today's workshop (learners see it first today); null clears it. */
    @Transactional
    public void setTodaysWorkshop(SignedIn staff, long cohortId, String moduleId) {
        administration.cohort(staff, cohortId);
        if (moduleId == null) {
            workshops.deleteById(cohortId);
            return;
        }
        requireModule(moduleId);
        LocalDate today = LocalDate.now(clock);
        workshops.findById(cohortId).ifPresentOrElse(w -> w.set(moduleId, today),
                () -> workshops.save(new TodaysWorkshop(cohortId, moduleId, today)));
    }

    /** Gives one learner a module on top of the plan; it shows on her home as "for you". */
    @Transactional
    public void assign(SignedIn staff, long learnerId, String moduleId) {
        requireLearner(staff, learnerId);
        requireModule(moduleId);
        if (assignments.findByLearnerIdAndModuleId(learnerId, moduleId).isEmpty()) {
            assignments.save(new AssignedModule(learnerId, moduleId, clock.instant()));
        }
    }

    @Transactional
    public void unassign(SignedIn staff, long learnerId, String moduleId) {
        requireLearner(staff, learnerId);
        assignments.findByLearnerIdAndModuleId(learnerId, moduleId).ifPresent(assignments::delete);
    }

    @Transactional(readOnly = true)
    public List<String> assignedTo(SignedIn staff, long learnerId) {
        requireLearner(staff, learnerId);
        return assignedModules(learnerId);
    }

    /** A module given to one learner, and when (her data export lists them all, even modules removed since). */
    public record Assignment(String moduleId, Instant assignedAt) {
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOf(SignedIn staff, long learnerId) {
        requireLearner(staff, learnerId);
        return assignments.findByLearnerIdOrderByAssignedAtAsc(learnerId).stream()
                .map(a -> new Assignment(a.getModuleId(), a.getAssignedAt())).toList();
    }

    /** Erasing a learner: the modules given to her go with her. */
    @Transactional
    public void eraseAssignmentsOf(SignedIn staff, long learnerId) {
        requireLearner(staff, learnerId);
        assignments.deleteAll(assignments.findByLearnerIdOrderByAssignedAtAsc(learnerId));
        assignments.flush();
    }

    /** The plan as one learner's home shows it. */
    @Transactional(readOnly = true)
    public LearnerPlan forLearner(long learnerId) {
        Optional<LearnerTile> learner = classroom.learner(learnerId);
        Optional<CohortSchedule> schedule = learner.flatMap(l -> classroom.schedule(l.cohortId()));
        if (schedule.isEmpty()) {
            return LearnerPlan.NONE;
        }
        long cohortId = schedule.get().cohortId();
        LocalDate today = LocalDate.now(clock);
        int week = schedule.get().weekOf(today);
        Set<String> hidden = hiddenModules.findByKeyCohortId(cohortId).stream().map(HiddenModule::moduleId)
                .collect(Collectors.toSet());
        List<String> thisWeek = weekEntries(cohortId, week).stream().map(PlanEntry::getModuleId)
                .filter(id -> !hidden.contains(id)).toList();
        List<String> forYou = assignedModules(learnerId).stream().filter(id -> !hidden.contains(id)).toList();
        Optional<String> workshop = workshopOn(cohortId, today).filter(id -> !hidden.contains(id));
        return new LearnerPlan(workshop, forYou, week, thisWeek, hidden);
    }

    private List<String> assignedModules(long learnerId) {
        Set<String> known = new LinkedHashSet<>();
        for (AssignedModule assigned : assignments.findByLearnerIdOrderByAssignedAtAsc(learnerId)) {
            if (catalogue.module(assigned.getModuleId()).isPresent()) {
                known.add(assigned.getModuleId());
            }
        }
        return List.copyOf(known);
    }

    private Optional<String> workshopOn(long cohortId, LocalDate day) {
        return workshops.findById(cohortId).filter(w -> w.getDay().equals(day)).map(TodaysWorkshop::getModuleId)
                .filter(id -> catalogue.module(id).isPresent());
    }

    private List<PlanEntry> weekEntries(long cohortId, int week) {
        return new ArrayList<>(entries.findByCohortIdOrderByWeekAscPositionAsc(cohortId).stream()
                .filter(e -> e.getWeek() == week).toList());
    }

    private static void renumber(List<PlanEntry> inWeek, int week) {
        for (int i = 0; i < inWeek.size(); i++) {
            inWeek.get(i).placeAt(week, i);
        }
    }

    private void requireModule(String moduleId) {
        if (moduleId == null || catalogue.module(moduleId).isEmpty()) {
            throw new IllegalArgumentException("No such module: " + moduleId);
        }
    }

    private static void requireWeek(CohortSummary cohort, int week) {
        if (week < 1 || week > cohort.weeks()) {
            throw new IllegalArgumentException("The cohort has weeks 1 to " + cohort.weeks());
        }
    }

    private void requireLearner(SignedIn staff, long learnerId) {
        administration.requireHerTeacher(staff, learnerId);
    }
}
