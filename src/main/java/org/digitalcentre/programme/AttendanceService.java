package org.digitalcentre.programme;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attendance register: for each workshop of a cohort's plan, who was present, absent or excused, and for how
 * long; and each learner's total against the programme's planned hours. Only her cohort's teachers and
 * administrators read or write it. Signed-in time on the computers is given beside it as a hint, never counted.
 */
@Service
public class AttendanceService {

    /** No workshop lasts longer than a day. */
    public static final double MAX_HOURS = 12;

    private final AttendanceRepository attendance;
    private final CohortAdministration administration;
    private final CohortPlanService plans;
    private final LearningService learning;
    private final ProgrammeProperties properties;

    AttendanceService(AttendanceRepository attendance, CohortAdministration administration, CohortPlanService plans,
                      LearningService learning, ProgrammeProperties properties) {
        this.attendance = attendance;
        this.administration = administration;
        this.plans = plans;
        this.learning = learning;
        this.properties = properties;
    }

    /** The workshops of her cohort's plan, week by week, in the plan's order. */
    @Transactional(readOnly = true)
    public List<Workshop> workshops(SignedIn staff, long cohortId) {
        CohortPlan plan = plans.plan(staff, cohortId);
        List<Workshop> workshops = new ArrayList<>();
        plan.modulesByWeek().forEach((week, modules) -> modules.forEach(
                module -> workshops.add(new Workshop(week, module, properties.workshopHours()))));
        return workshops;
    }

    /** The register of one workshop: every learner of the cohort, with what was ticked (nothing yet: no status). */
    @Transactional(readOnly = true)
    public List<RegisterLine> register(SignedIn staff, long cohortId, Workshop workshop) {
        List<LearnerDetails> learners = administration.learners(staff, cohortId);
        Map<Long, Attendance> ticked = attendance.findByCohortIdAndWeekAndModuleId(cohortId, workshop.week(),
                workshop.moduleId()).stream().collect(Collectors.toMap(Attendance::getLearnerId, Function.identity()));
        return learners.stream().filter(l -> !l.anonymised()).map(l -> {
            Attendance line = ticked.get(l.id());
            return line == null ? new RegisterLine(l.id(), l.shortName(), null, workshop.plannedHours())
                    : new RegisterLine(l.id(), l.shortName(), line.getStatus(), line.getHours());
        }).toList();
    }

    /**
     * Saves a workshop's register in one go: each line ticked replaces what was there (saving again never adds
     * a second line). Lines with no status are left as they were. Absent and excused count 0 hours. Throws
     * {@link RegisterHoursOutOfRange} (nothing saved) for hours below 0 or above {@link #MAX_HOURS}.
     */
    @Transactional
    public void save(SignedIn staff, long cohortId, Workshop workshop, List<RegisterLine> lines) {
        Set<Long> hers = administration.learners(staff, cohortId).stream().map(LearnerDetails::id)
                .collect(Collectors.toSet());
        for (RegisterLine line : lines) {
            if (!hers.contains(line.learnerId())) {
                throw new AccessDeniedException("Not a learner of this cohort");
            }
            if (line.status() == AttendanceStatus.PRESENT
                    && (Double.isNaN(line.hours()) || line.hours() < 0 || line.hours() > MAX_HOURS)) {
                throw new RegisterHoursOutOfRange(line.learnerId());
            }
        }
        Map<Long, Attendance> existing = new HashMap<>();
        attendance.findByCohortIdAndWeekAndModuleId(cohortId, workshop.week(), workshop.moduleId())
                .forEach(a -> existing.put(a.getLearnerId(), a));
        for (RegisterLine line : lines) {
            if (line.status() == null) {
                continue;
            }
            Attendance row = existing.computeIfAbsent(line.learnerId(),
                    id -> new Attendance(id, cohortId, workshop.week(), workshop.moduleId()));
            row.mark(line.status(), line.status() == AttendanceStatus.PRESENT ? line.hours() : 0);
            attendance.save(row);
        }
    }

    /** Each learner's hours attended so far against the planned hours, with her signed-in time as a hint. */
    @Transactional(readOnly = true)
    public List<AttendanceTotal> totals(SignedIn staff, long cohortId) {
        List<LearnerDetails> learners = administration.learners(staff, cohortId);
        Map<Long, List<Attendance>> byLearner = attendance.findByCohortId(cohortId).stream()
                .collect(Collectors.groupingBy(Attendance::getLearnerId));
        return learners.stream().map(l -> {
            List<Attendance> lines = byLearner.getOrDefault(l.id(), List.of());
            double hours = lines.stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT)
                    .mapToDouble(Attendance::getHours).sum();
            long seconds = learning.secondsPerDay(l.id()).values().stream().mapToLong(Long::longValue).sum();
            return new AttendanceTotal(l.id(), l.shortName(), hours, properties.plannedHours(),
                    count(lines, AttendanceStatus.PRESENT), count(lines, AttendanceStatus.ABSENT),
                    count(lines, AttendanceStatus.EXCUSED), Math.round(seconds / 360.0) / 10.0);
        }).toList();
    }

    /** Her attendance lines, for her data export (privacy checks who asks). */
    @Transactional(readOnly = true)
    public List<AttendanceLine> linesForExport(long learnerId) {
        return attendance.findByLearnerIdOrderByWeekAscModuleIdAsc(learnerId).stream().map(Attendance::toLine).toList();
    }

    private static int count(List<Attendance> lines, AttendanceStatus status) {
        return (int) lines.stream().filter(a -> a.getStatus() == status).count();
    }
}
