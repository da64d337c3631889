package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.programme.AttendanceService;
import org.digitalcentre.programme.AttendanceStatus;
import org.digitalcentre.programme.AttendanceTotal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/** Sabine ticks who came to the week-1 workshop, with the hours, and sees each one's total. */
class AttendanceViewTest extends KaribuTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    CohortPlanService plans;

    private long morning;

    @BeforeEach
    void sabineOpensTheRegister() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        var group = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        morning = group.id();
        plans.addToWeek(staff("sabine"), morning, 1, "test-browsing");
        signInAsStaff("sabine");
        open("attendance");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_teacher_ticks_who_came_and_the_totals_count_the_hours_of_those_present() {
        Select<Object> workshop = _get(Select.class, spec -> spec.withLabel("Workshop"));
        _setValue(workshop, attendance.workshops(staff("sabine"), morning).get(0));
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Hours for Amina X.")).getValue()).isEqualTo(3.0);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Amina X.")), AttendanceStatus.PRESENT);
        _setValue(_get(NumberField.class, spec -> spec.withLabel("Hours for Amina X.")), 2.5);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Fatou X.")), AttendanceStatus.EXCUSED);
        _click(_get(Button.class, spec -> spec.withText("Save the register")));

        expectNotifications("Attendance register saved.");
        assertThat(attendance.totals(staff("sabine"), morning)).extracting(AttendanceTotal::hoursAttended)
                .containsExactly(2.5, 0.0);
        Grid<AttendanceTotal> totals = _get(Grid.class, spec -> spec.withClasses("attendance-totals"));
        assertThat(_getFormattedRow(totals, 0)).contains("Amina X.", "2.5 h of 240 h planned");
        _get(Paragraph.class, spec -> spec.withText(
                "Signed-in time on the computers is only a hint: it never counts as attendance."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void more_than_twelve_hours_gets_a_message_and_nothing_is_saved() {
        _setValue(_get(Select.class, spec -> spec.withLabel("Workshop")),
                attendance.workshops(staff("sabine"), morning).get(0));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Amina X.")), AttendanceStatus.PRESENT);
        NumberField hours = _get(NumberField.class, spec -> spec.withLabel("Hours for Amina X."));
        _setValue(hours, 13.0);

        _click(_get(Button.class, spec -> spec.withText("Save the register")));

        expectNotifications("Write a number of hours between 0 and 12.");
        assertThat(hours.isInvalid()).isTrue();
        assertThat(attendance.totals(staff("sabine"), morning)).extracting(AttendanceTotal::hoursAttended)
                .containsOnly(0.0);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
