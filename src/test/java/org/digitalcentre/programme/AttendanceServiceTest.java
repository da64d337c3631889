package org.digitalcentre.programme;

import jakarta.persistence.EntityManager;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class AttendanceServiceTest {

    @Autowired
    AttendanceService attendance;
    @Autowired
    CohortPlanService plans;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    private long morning;
    private long amina;
    private long fatou;

    @BeforeEach
    void sabinesGroupHasOneWorkshopInWeekOne() {
        People people = new People(staffAccounts, classroom);
        long sabine = people.openStaffAccount("sabine", Role.TEACHER);
        long nora = people.openStaffAccount("nora", Role.TEACHER);
        People.Cohort group = people.createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        morning = group.id();
        amina = group.learnerIds()[0];
        fatou = group.learnerIds()[1];
        people.createCohort("Evening group", List.of(nora), "Leila");
        plans.addToWeek(staff("sabine"), morning, 1, "test-browsing");
    }

    @Test
    void the_workshops_are_those_of_the_plan_with_the_default_hours() {
        assertThat(attendance.workshops(staff("sabine"), morning))
                .containsExactly(new Workshop(1, "test-browsing", 3));
        assertThat(attendance.register(staff("sabine"), morning, workshop()))
                .extracting(RegisterLine::shortName, RegisterLine::status, RegisterLine::hours)
                .containsExactly(tuple("Amina X.", null, 3.0), tuple("Fatou X.", null, 3.0));
    }

    @Test
    void totals_count_present_hours_only_against_the_planned_hours() {
        attendance.save(staff("sabine"), morning, workshop(), List.of(
                new RegisterLine(amina, "", AttendanceStatus.PRESENT, 2.5),
                new RegisterLine(fatou, "", AttendanceStatus.EXCUSED, 3)));

        assertThat(attendance.totals(staff("sabine"), morning))
                .extracting(AttendanceTotal::hoursAttended, AttendanceTotal::plannedHours,
                        AttendanceTotal::workshopsPresent, AttendanceTotal::workshopsExcused)
                .containsExactly(tuple(2.5, 240, 1, 0), tuple(0.0, 240, 0, 1));
    }

    @Test
    void saving_a_register_again_changes_it_and_never_doubles_it() {
        attendance.save(staff("sabine"), morning, workshop(), List.of(
                new RegisterLine(amina, "", AttendanceStatus.PRESENT, 3),
                new RegisterLine(fatou, "", AttendanceStatus.ABSENT, 3)));
        attendance.save(staff("sabine"), morning, workshop(), List.of(
                new RegisterLine(amina, "", AttendanceStatus.PRESENT, 2),
                new RegisterLine(fatou, "", AttendanceStatus.PRESENT, 3)));
        entities.flush();

        assertThat(jdbc.queryForObject("select count(*) from attendance", Integer.class)).isEqualTo(2);
        assertThat(attendance.totals(staff("sabine"), morning)).extracting(AttendanceTotal::hoursAttended)
                .containsExactly(2.0, 3.0);
        assertThat(attendance.register(staff("sabine"), morning, workshop()))
                .extracting(RegisterLine::status).containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT);
    }

    @Test
    void a_teacher_of_another_cohort_is_refused() {
        assertThatThrownBy(() -> attendance.register(staff("nora"), morning, workshop()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.save(staff("nora"), morning, workshop(),
                List.of(new RegisterLine(amina, "", AttendanceStatus.PRESENT, 3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.totals(staff("nora"), morning)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hours_out_of_range_save_nothing_of_the_register() {
        assertThatThrownBy(() -> attendance.save(staff("sabine"), morning, workshop(), List.of(
                new RegisterLine(amina, "", AttendanceStatus.PRESENT, 3),
                new RegisterLine(fatou, "", AttendanceStatus.PRESENT, 13))))
                .isInstanceOf(RegisterHoursOutOfRange.class);
        assertThatThrownBy(() -> attendance.save(staff("sabine"), morning, workshop(), List.of(
                new RegisterLine(amina, "", AttendanceStatus.PRESENT, -1))))
                .isInstanceOf(RegisterHoursOutOfRange.class);
        entities.flush();

        assertThat(jdbc.queryForObject("select count(*) from attendance", Integer.class)).isZero();
    }

    private static Workshop workshop() {
        return new Workshop(1, "test-browsing", 3);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
