package org.digitalcentre.programme;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.CohortSchedule;
import org.digitalcentre.classroom.LearnerTile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Outcomes at the end of the programme and the follow-ups 3 and 6 months after the cohort's end: recorded and read by
 * the learner's cohort's teachers and administrators; the follow-ups due are listed on the teacher's home.
 */
@Service
public class OutcomeService {

    /** The follow-ups the centres make, in months after the cohort's end. */
    public static final List<Integer> FOLLOW_UP_MONTHS = List.of(3, 6);

    private final OutcomeRepository outcomes;
    private final ClassroomService classroom;
    private final Validator validator;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, ClassroomService classroom, Validator validator, Clock clock) {
        this.outcomes = outcomes;
        this.classroom = classroom;
        this.validator = validator;
        this.clock = clock;
    }

    /** A date after today was given: nothing was saved. The message is a translation key. */
    public static class DateInFuture extends IllegalArgumentException {
        DateInFuture() {
            super("outcome.date.future");
        }
    }

    @Transactional(readOnly = true)
    public OutcomeRecord outcomeOf(SignedIn staff, long learnerId) {
        requireHerTeacher(staff, learnerId);
        return outcomes.findByLearnerId(learnerId).map(Outcome::toRecord).orElse(OutcomeRecord.NONE);
    }

    /**
     * Records (or changes) her outcome and follow-ups. Throws {@link DateInFuture} for a date after today and
     * ConstraintViolationException for a note too long or with hidden characters; nothing is saved then.
     */
    @Transactional
    public void record(SignedIn staff, long learnerId, OutcomeRecord outcome) {
        requireHerTeacher(staff, learnerId);
        var violations = validator.validate(outcome);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LocalDate today = LocalDate.now(clock);
        if (Stream.of(outcome.decidedOn(), on(outcome.afterThreeMonths()), on(outcome.afterSixMonths()))
                .anyMatch(day -> day != null && day.isAfter(today))) {
            throw new DateInFuture();
        }
        Outcome row = outcomes.findByLearnerId(learnerId).orElseGet(() -> new Outcome(learnerId));
        row.set(outcome);
        outcomes.save(row);
    }

    /**
     * The follow-ups due in the cohorts this member of staff works with: from 3 (and 6) months after the cohort's end
     * until one is recorded as done, oldest first. Anonymised learners are left out: nobody can call them.
     */
    @Transactional(readOnly = true)
    public List<FollowUpDue> followUpsDue(SignedIn staff) {
        LocalDate today = LocalDate.now(clock);
        List<FollowUpDue> due = new ArrayList<>();
        for (CohortCard cohort : classroom.cohortsFor(staff)) {
            LocalDate end = classroom.schedule(cohort.id()).map(CohortSchedule::endDate).orElse(null);
            if (end == null || today.isBefore(end.plusMonths(FOLLOW_UP_MONTHS.get(0)))) {
                continue;
            }
            List<LearnerTile> learners = classroom.learnersOf(cohort.id()).stream()
                    .filter(l -> l.picture() != null).toList();
            Map<Long, Outcome> rows = outcomes.findByLearnerIdIn(learners.stream().map(LearnerTile::id).toList())
                    .stream().collect(Collectors.toMap(Outcome::getLearnerId, Function.identity()));
            for (int months : FOLLOW_UP_MONTHS) {
                LocalDate since = end.plusMonths(months);
                if (today.isBefore(since)) {
                    continue;
                }
                for (LearnerTile learner : learners) {
                    Outcome row = rows.get(learner.id());
                    if (row == null || !row.followUpDone(months)) {
                        due.add(new FollowUpDue(learner.id(), learner.shortName(), cohort.name(), months, since));
                    }
                }
            }
        }
        due.sort(Comparator.comparing(FollowUpDue::dueSince).thenComparing(FollowUpDue::shortName));
        return due;
    }

    /** For her data export: her outcome, if one was recorded. */
    @Transactional(readOnly = true)
    public java.util.Optional<OutcomeRecord> exportOf(long learnerId) {
        return outcomes.findByLearnerId(learnerId).map(Outcome::toRecord);
    }

    /** When she is erased (the foreign key would remove the row too; said here so the erasure reads whole). */
    @Transactional
    public void erase(long learnerId) {
        outcomes.deleteByLearnerId(learnerId);
    }

    /**
     * When she is anonymised her outcome is KEPT: the centre's yearly figures (how many went on to a job or a
     * training) need it. Only the teacher's note goes, as her other notes do.
     */
    @Transactional
    public void keepOnlyFigures(long learnerId) {
        outcomes.findByLearnerId(learnerId).ifPresent(Outcome::forgetNote);
    }

    private static LocalDate on(FollowUpRecord followUp) {
        return followUp == null ? null : followUp.on();
    }

    private void requireHerTeacher(SignedIn staff, long learnerId) {
        LearnerTile learner = classroom.learner(learnerId)
                .orElseThrow(() -> new AccessDeniedException("No such learner"));
        if (!classroom.mayWorkWith(staff, learner.cohortId())) {
            throw new AccessDeniedException("Not a learner of this member of staff");
        }
    }
}
