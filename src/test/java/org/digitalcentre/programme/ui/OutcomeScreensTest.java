package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.MovableClock;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.programme.OutcomeCategory;
import org.digitalcentre.programme.OutcomeRecord;
import org.digitalcentre.programme.OutcomeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/**
 * The Morning group (Sabine's) ended on 30 November 2026; the clock stands on 1 March 2027, one day after its 3-month
 * follow-ups fell due (28 February). Nora teaches the Evening group, which
 * ended the same day.
 */
@Import(MovableClock.InTests.class)
class OutcomeScreensTest extends KaribuTest {

    @Autowired
    OutcomeService outcomes;
    @Autowired
    MovableClock clock;

    private long amina;
    private long fatou;
    private long leila;

    @BeforeEach
    void theMorningGroupEndedThreeMonthsAgo() {
        clock.setTo(Instant.parse("2027-03-01T09:00:00Z"));
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        Cohort mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        leila = createCohort("Evening group", List.of(openStaffAccount("nora", Role.TEACHER)), "Leila")
                .learnerIds()[0];
        amina = mine.learnerIds()[0];
        fatou = mine.learnerIds()[1];
    }

    @Test
    void the_teacher_records_her_outcome_on_the_learners_page_and_finds_it_again() {
        signInAsStaff("sabine");
        open("learner/" + amina);

        Section section = outcomeSection();
        _setValue(_get(section, ComboBox.class, spec -> spec.withLabel("Situation at the end")),
                OutcomeCategory.QUALIFYING_TRAINING);
        _setValue(_get(section, DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.of(2026, 12, 15));
        _setValue(_get(section, TextField.class, spec -> spec.withLabel("Short note (optional)")), "Nurse aide");
        Div threeMonths = _get(section, Div.class, spec -> spec.withClasses("follow-up-3"));
        _setValue(_get(threeMonths, Checkbox.class, spec -> spec.withLabel("Follow-up at 3 months done")), true);
        _setValue(_get(threeMonths, DatePicker.class, spec -> spec.withLabel("Date of the follow-up at 3 months")),
                LocalDate.of(2027, 3, 1));
        _setValue(_get(threeMonths, ComboBox.class, spec -> spec.withLabel("Situation at 3 months")),
                OutcomeCategory.TEMPORARY_JOB);
        _click(_get(section, Button.class, spec -> spec.withText("Save")));

        expectNotifications("Situation saved.");
        OutcomeRecord saved = outcomes.outcomeOf(staff("sabine"), amina);
        assertThat(saved.category()).isEqualTo(OutcomeCategory.QUALIFYING_TRAINING);
        assertThat(saved.note()).isEqualTo("Nurse aide");
        assertThat(saved.afterThreeMonths().category()).isEqualTo(OutcomeCategory.TEMPORARY_JOB);

        open("learner/" + amina);
        assertThat(_get(outcomeSection(), ComboBox.class, spec -> spec.withLabel("Situation at the end")).getValue())
                .isEqualTo(OutcomeCategory.QUALIFYING_TRAINING);
    }

    @Test
    void no_reminder_shows_before_three_months_after_the_end() {
        clock.setTo(Instant.parse("2027-02-27T09:00:00Z"));
        signInAsStaff("sabine");
        open("cohort-progress");

        _assertNone(Section.class, spec -> spec.withClasses("follow-up-reminders"));
        _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Group progress"));
    }

    @Test
    void a_date_in_the_future_is_refused_with_a_message_on_the_field() {
        signInAsStaff("sabine");
        open("learner/" + amina);

        Section section = outcomeSection();
        _setValue(_get(section, ComboBox.class, spec -> spec.withLabel("Situation at the end")),
                OutcomeCategory.PERMANENT_JOB);
        DatePicker date = _get(section, DatePicker.class, spec -> spec.withLabel("Date"));
        _setValue(date, LocalDate.of(2027, 3, 2));
        _click(_get(section, Button.class, spec -> spec.withText("Save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("This date has not come yet. Choose today or a past date.");
        assertThat(outcomes.outcomeOf(staff("sabine"), amina)).isEqualTo(OutcomeRecord.NONE);
    }

    @Test
    void the_teachers_home_lists_the_follow_ups_due_each_opening_the_learners_page() {
        signInAsStaff("sabine");
        open("cohort-progress");

        List<Anchor> links = _find(_get(Section.class, spec -> spec.withClasses("follow-up-reminders")),
                Anchor.class);
        assertThat(links).extracting(Anchor::getText).containsExactly(
                "Amina X. (Morning group): follow-up at 3 months, due since 28/02/2027",
                "Fatou X. (Morning group): follow-up at 3 months, due since 28/02/2027");
        assertThat(links).extracting(Anchor::getHref).containsExactly("learner/" + amina, "learner/" + fatou);
    }

    @Test
    void a_follow_up_recorded_as_done_leaves_the_reminders() {
        outcomes.record(staff("sabine"), amina, new OutcomeRecord(null, null, "",
                new org.digitalcentre.programme.FollowUpRecord(true, LocalDate.of(2027, 3, 1), OutcomeCategory.OTHER),
                org.digitalcentre.programme.FollowUpRecord.NOT_DONE));
        signInAsStaff("sabine");
        open("cohort-progress");
        assertThat(_find(_get(Section.class, spec -> spec.withClasses("follow-up-reminders")), Anchor.class))
                .extracting(Anchor::getHref).containsExactly("learner/" + fatou);
    }

    @Test
    void another_groups_teacher_sees_only_her_own_learners_follow_ups() {
        signInAsStaff("nora");
        open("cohort-progress");
        assertThat(_find(_get(Section.class, spec -> spec.withClasses("follow-up-reminders")), Anchor.class))
                .extracting(Anchor::getHref).containsExactly("learner/" + leila);
    }

    private static Section outcomeSection() {
        return _get(Section.class, spec -> spec.withClasses("outcome-section"));
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
