package org.digitalcentre.programme;

import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Morning group runs twelve weeks from Monday 7 September 2026, so it ends on 30 November 2026: its follow-ups are
 * due from 28 February 2027 (3 months) and 30 May 2027 (6 months). Sabine teaches it; Nadia teaches another group.
 */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class OutcomeServiceTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 30);

    @Autowired
    OutcomeService outcomes;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    MovableClock clock;

    private long amina;
    private long fatou;
    private SignedIn sabine;
    private SignedIn nadia;

    @BeforeEach
    void sabineTeachesTheMorningGroup() {
        clock.setTo(Instant.parse("2026-12-01T08:00:00Z"));
        People people = new People(staffAccounts, classroom);
        People.Cohort cohort = people.createCohort("Morning group",
                List.of(people.openStaffAccount("sabine", Role.TEACHER)), "Amina", "Fatou");
        people.createCohort("Evening group", List.of(people.openStaffAccount("nadia", Role.TEACHER)), "Zora");
        amina = cohort.learnerIds()[0];
        fatou = cohort.learnerIds()[1];
        sabine = staff("sabine");
        nadia = staff("nadia");
    }

    @Test
    void her_teacher_records_an_outcome_and_reads_it_back() {
        assertThat(outcomes.outcomeOf(sabine, amina)).isEqualTo(OutcomeRecord.NONE);

        outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.QUALIFYING_TRAINING, END, " Nurse aide ",
                FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE));

        OutcomeRecord read = outcomes.outcomeOf(sabine, amina);
        assertThat(read.category()).isEqualTo(OutcomeCategory.QUALIFYING_TRAINING);
        assertThat(read.decidedOn()).isEqualTo(END);
        assertThat(read.note()).isEqualTo("Nurse aide");
        assertThat(read.afterThreeMonths().done()).isFalse();
    }

    @Test
    void a_teacher_of_another_group_may_neither_read_nor_write_her_outcome_and_an_admin_may() {
        OutcomeRecord job = new OutcomeRecord(OutcomeCategory.PERMANENT_JOB, END, "", FollowUpRecord.NOT_DONE,
                FollowUpRecord.NOT_DONE);
        assertThatThrownBy(() -> outcomes.record(nadia, amina, job)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.outcomeOf(nadia, amina)).isInstanceOf(AccessDeniedException.class);

        people().openStaffAccount("ines", Role.ADMIN);
        outcomes.record(staff("ines"), amina, job);
        assertThat(outcomes.outcomeOf(sabine, amina).category()).isEqualTo(OutcomeCategory.PERMANENT_JOB);
    }

    @Test
    void an_author_may_not_record_an_outcome() {
        people().openStaffAccount("ali", Role.AUTHOR);
        assertThatThrownBy(() -> outcomes.record(staff("ali"), amina, OutcomeRecord.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_date_after_today_is_refused_and_nothing_is_saved() {
        LocalDate tomorrow = LocalDate.of(2026, 12, 2);
        assertThatThrownBy(() -> outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.OTHER, tomorrow,
                "", FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE)))
                .isInstanceOf(OutcomeService.DateInFuture.class).hasMessage("outcome.date.future");
        assertThatThrownBy(() -> outcomes.record(sabine, amina, new OutcomeRecord(null, null, "",
                new FollowUpRecord(true, tomorrow, OutcomeCategory.OTHER), FollowUpRecord.NOT_DONE)))
                .isInstanceOf(OutcomeService.DateInFuture.class);
        assertThat(outcomes.outcomeOf(sabine, amina)).isEqualTo(OutcomeRecord.NONE);
    }

    @Test
    void a_note_too_long_or_with_hidden_characters_is_refused() {
        String tooLong = "a".repeat(OutcomeRecord.NOTE_LENGTH + 1);
        assertThatThrownBy(() -> outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.OTHER, END,
                tooLong, FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.OTHER, END,
                "a\u202Eb", FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void the_six_categories_the_centres_report_each_have_a_translation_key() {
        assertThat(Arrays.stream(OutcomeCategory.values()).map(OutcomeCategory::translationKey)).containsExactly(
                "outcome.category.new-project", "outcome.category.qualifying-training",
                "outcome.category.temporary-job", "outcome.category.permanent-job", "outcome.category.other",
                "outcome.category.unknown");
    }

    @Test
    void no_follow_up_is_due_before_three_months_after_the_cohorts_end() {
        clock.setTo(Instant.parse("2027-02-27T08:00:00Z"));
        assertThat(outcomes.followUpsDue(sabine)).isEmpty();
    }

    @Test
    void from_three_months_after_the_end_each_learner_is_due_until_her_follow_up_is_done() {
        clock.setTo(Instant.parse("2027-02-28T08:00:00Z"));
        assertThat(outcomes.followUpsDue(sabine)).extracting(FollowUpDue::shortName, FollowUpDue::months)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amina X.", 3),
                        org.assertj.core.groups.Tuple.tuple("Fatou X.", 3));
        assertThat(outcomes.followUpsDue(nadia)).extracting(FollowUpDue::shortName).containsExactly("Zora X.");

        outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.TEMPORARY_JOB, END, "",
                new FollowUpRecord(true, LocalDate.of(2027, 2, 28), OutcomeCategory.PERMANENT_JOB),
                FollowUpRecord.NOT_DONE));

        assertThat(outcomes.followUpsDue(sabine)).extracting(FollowUpDue::learnerId).containsExactly(fatou);
    }

    @Test
    void after_six_months_both_follow_ups_are_listed_oldest_first() {
        clock.setTo(Instant.parse("2027-06-01T08:00:00Z"));
        outcomes.record(sabine, amina, new OutcomeRecord(null, null, "",
                new FollowUpRecord(true, LocalDate.of(2027, 3, 2), OutcomeCategory.UNKNOWN), FollowUpRecord.NOT_DONE));

        List<FollowUpDue> due = outcomes.followUpsDue(sabine);

        assertThat(due).extracting(FollowUpDue::learnerId, FollowUpDue::months, FollowUpDue::dueSince).containsExactly(
                org.assertj.core.groups.Tuple.tuple(fatou, 3, LocalDate.of(2027, 2, 28)),
                org.assertj.core.groups.Tuple.tuple(amina, 6, LocalDate.of(2027, 5, 30)),
                org.assertj.core.groups.Tuple.tuple(fatou, 6, LocalDate.of(2027, 5, 30)));
    }

    @Test
    void anonymising_her_keeps_the_outcome_for_the_figures_but_not_the_note() {
        outcomes.record(sabine, amina, new OutcomeRecord(OutcomeCategory.NEW_PROJECT, END, "Sewing shop",
                FollowUpRecord.NOT_DONE, FollowUpRecord.NOT_DONE));

        outcomes.keepOnlyFigures(amina);

        assertThat(outcomes.exportOf(amina)).get().satisfies(kept -> {
            assertThat(kept.category()).isEqualTo(OutcomeCategory.NEW_PROJECT);
            assertThat(kept.note()).isEmpty();
        });
    }

    private People people() {
        return new People(staffAccounts, classroom);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
