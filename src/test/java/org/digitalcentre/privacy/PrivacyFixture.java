package org.digitalcentre.privacy;

import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.NoteDraft;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.programme.FollowUpRecord;
import org.digitalcentre.programme.OutcomeCategory;
import org.digitalcentre.programme.OutcomeRecord;
import org.digitalcentre.programme.OutcomeService;
import org.digitalcentre.security.StaffAccountService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A learner with a row in every table that holds learners' data, made through the services as the app makes them
 * (the graded steps of a simulation try, which the fixture content has none of, straight in the table): answers, a
 * graded step, progress in a module, a day's time, an unchecked typed answer, a teacher's note, a module given to
 * her, a wrong code, an outcome after the programme.
 */
record PrivacyFixture(StaffAccountService staffAccounts, ClassroomService classroom, LearningService learning,
                      ContentCatalogue catalogue, TeacherNotes notes, CohortPlanService plans, JdbcTemplate jdbc,
                      MovableClock clock, OutcomeService outcomes) {

    /** Someone on staff, with an account (her notes point at it). */
    record Staff(long id, String displayName, Role role) implements SignedIn {
    }

    Staff staff(String username, Role role) {
        long id = new People(staffAccounts, classroom).openStaffAccount(username, role);
        return new Staff(id, username + " Name", role);
    }

    People.Cohort cohort(String name, String... firstNames) {
        return new People(staffAccounts, classroom).createCohort(name, List.of(), firstNames);
    }

    /** Everything she can leave behind, in every table. */
    void aLearnerWhoDidEverything(SignedIn admin, long learnerId) {
        Module browsing = catalogue.module("test-browsing").orElseThrow();
        learning.open(learnerId, browsing);
        clock.advance(Duration.ofMinutes(3));
        learning.moveTo(learnerId, browsing, 1);
        long attempt = answer(learnerId, browsing, "where-to-type", new Answer.Choices(Set.of("page")));
        answer(learnerId, browsing, "padlock", new Answer.TrueOrFalse(true));
        jdbc.update("insert into attempt_step (attempt_id, position, step_id, outcome) values (?, 0, 'x', 'RIGHT')",
                attempt);
        learning.keepTypedDraft(learnerId, browsing, browsing.exercise("padlock").orElseThrow(),
                List.of("her own words"));
        notes.write(admin, learnerId, new NoteDraft(LocalDate.of(2026, 9, 7), "Read a letter alone",
                "Reads little", "Big letters", "Her sister comes on Mondays"));
        plans.assign(admin, learnerId, "test-browsing");
        jdbc.update("insert into intake (learner_id, goals, goals_text, childcare_needed, hours_per_week, "
                + "languages_spoken, languages_read, starting_point, written_by_name, updated_at) values "
                + "(?, 'JOB', 'Work in a shop', true, 12, 'Arabic', 'Arabic', 'PHONE_ONLY', 'x', ?)", learnerId,
                java.sql.Timestamp.from(clock.instant()));
        jdbc.update("insert into attendance (learner_id, cohort_id, week, module_id, status, hours) "
                + "select id, cohort_id, 1, 'test-browsing', 'PRESENT', 3 from learner where id = ?", learnerId);
        classroom.checkCode(learnerId, "0000");
        outcomes.record(admin, learnerId, new OutcomeRecord(OutcomeCategory.NEW_PROJECT, LocalDate.now(clock),
                "Opens a sewing shop", FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE));
    }

    /** Her answer, graded and stored as the player stores it; returns the attempt's id. */
    long answer(long learnerId, Module module, String exerciseId, Answer answer) {
        learning.answer(learnerId, module, module.exercise(exerciseId).orElseThrow(), answer, "en",
                clock.instant().minusSeconds(20), false);
        return jdbc.queryForObject("select max(id) from attempt where learner_id = ?", Long.class, learnerId);
    }

    Instant now() {
        return clock.instant();
    }
}
