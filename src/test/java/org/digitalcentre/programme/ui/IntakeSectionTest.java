package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.programme.IntakeGoal;
import org.digitalcentre.programme.IntakeRecord;
import org.digitalcentre.programme.IntakeService;
import org.digitalcentre.programme.IntakeStartingPoint;
import org.digitalcentre.privacy.LearnerErasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/** Sabine fills Amina's intake on Amina's page after the interview, and finds it there again. */
class IntakeSectionTest extends KaribuTest {

    @Autowired
    IntakeService intakes;
    @Autowired
    LearnerErasure erasure;
    @Autowired
    EntityManager entities;

    private long amina;

    @BeforeEach
    void sabineOpensAminasPage() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        openStaffAccount("claire", Role.ADMIN);
        amina = createCohort("Morning group", List.of(sabine), "Amina").learnerIds()[0];
        signInAsStaff("sabine");
        open("learner/" + amina);
    }

    @Test
    void the_teacher_fills_the_intake_and_finds_it_again_on_her_page() {
        _get(Paragraph.class, spec -> spec.withText(
                "Private: only the group’s teachers and the administration read it."));
        @SuppressWarnings("unchecked")
        CheckboxGroup<IntakeGoal> goals = _get(CheckboxGroup.class, spec -> spec.withLabel("Her goals"));
        _setValue(goals, Set.of(IntakeGoal.JOB, IntakeGoal.CONFIDENCE));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Her goals, in her words")), "Work in a bakery");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Needs childcare")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Hours free per week")), 10);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Languages spoken")), "Arabic, Tamazight");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Languages read")), "Arabic");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<IntakeStartingPoint> start = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Her digital starting point"));
        _setValue(start, IntakeStartingPoint.SOME_COMPUTER);

        _click(_get(Button.class, spec -> spec.withText("Save the interview")));

        expectNotifications("Intake interview saved.");
        IntakeRecord saved = intakes.intakeOf(staff("sabine"), amina).orElseThrow();
        assertThat(saved.goals()).containsExactlyInAnyOrder(IntakeGoal.JOB, IntakeGoal.CONFIDENCE);
        assertThat(saved.hoursPerWeek()).isEqualTo(10);
        assertThat(saved.startingPoint()).isEqualTo(IntakeStartingPoint.SOME_COMPUTER);

        open("learner/" + amina);
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Her goals, in her words")).getValue())
                .isEqualTo("Work in a bakery");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Needs childcare")).getValue()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("intake-written-by")).getText())
                .startsWith("Written by sabine Name, on ");
    }

    @Test
    void too_many_hours_and_no_starting_point_get_translated_messages_and_nothing_is_saved() {
        IntegerField hours = _get(IntegerField.class, spec -> spec.withLabel("Hours free per week"));
        _setValue(hours, 70);

        _click(_get(Button.class, spec -> spec.withText("Save the interview")));

        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Write a number of hours between 0 and 60.");
        RadioButtonGroup<?> start = _get(RadioButtonGroup.class, spec -> spec.withLabel("Her digital starting point"));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("Choose her starting point.");
        assertThat(intakes.intakeOf(staff("sabine"), amina)).isEmpty();
    }

    @Test
    void once_she_is_anonymised_the_section_says_so_and_offers_no_form() {
        assertThat(erasure.anonymise(staff("claire"), amina)).isTrue();
        entities.flush();

        open("learner/" + amina);

        _get(Paragraph.class, spec -> spec.withClasses("intake-anonymised"));
        _assertNone(Button.class, spec -> spec.withText("Save the interview"));
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
