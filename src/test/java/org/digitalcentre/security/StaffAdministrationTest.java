package org.digitalcentre.security;

import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.security.StaffAccountLine.State;
import org.digitalcentre.security.StaffAdministration.OpenedAccount;
import org.digitalcentre.security.StaffAdministration.Refusal;
import org.digitalcentre.security.StaffAdministration.RefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class StaffAdministrationTest {

    @Autowired
    StaffAdministration administration;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    ClassroomService classroom;
    @Autowired
    CohortAdministration cohorts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private SignedIn claire;

    @BeforeEach
    void anAdministrator() {
        new People(staffAccounts, classroom).openStaffAccount("claire", Role.ADMIN);
        claire = signedIn("claire");
    }

    @Test
    void an_administrator_opens_a_teachers_account_with_her_groups_and_a_temporary_password() {
        var people = new People(staffAccounts, classroom);
        long morning = people.createCohort("Morning group", List.of()).id();
        long evening = people.createCohort("Evening group", List.of()).id();

        OpenedAccount opened = administration.open(claire, " Sabine.M ", "Sabine M", Role.TEACHER, Set.of(morning));

        assertThat(opened.temporaryPassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(passwordEncoder.matches(opened.temporaryPassword(),
                staffAccounts.loadUserByUsername("sabine.m").getPassword())).isTrue();
        assertThat(cohorts.cohort(claire, morning).teacherIds()).containsExactly(opened.id());
        assertThat(cohorts.cohort(claire, evening).teacherIds()).isEmpty();
        assertThat(line("sabine.m").state()).isEqualTo(State.MUST_CHANGE_PASSWORD);
        assertThat(line("sabine.m").role()).isEqualTo(Role.TEACHER);
        assertThat(staffAccounts.mustChangePassword(opened.id())).isTrue();
    }

    @Test
    void a_password_reset_gives_a_temporary_one_that_she_must_change_at_her_next_sign_in() {
        long alex = new People(staffAccounts, classroom).openStaffAccount("alex", Role.AUTHOR);

        String temporary = administration.resetPassword(claire, alex);

        String stored = staffAccounts.loadUserByUsername("alex").getPassword();
        assertThat(passwordEncoder.matches(People.PASSWORD, stored)).as("the old password").isFalse();
        assertThat(passwordEncoder.matches(temporary, stored)).isTrue();
        assertThat(staffAccounts.mustChangePassword(alex)).isTrue();
        assertThat(line("alex").state()).isEqualTo(State.MUST_CHANGE_PASSWORD);

        staffAccounts.changeOwnPassword(signedIn("alex"), temporary, "un jardin plein de tulipes");

        assertThat(staffAccounts.mustChangePassword(alex)).isFalse();
        assertThat(line("alex").state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void an_administrator_cannot_disable_herself() {
        assertThatThrownBy(() -> administration.setDisabled(claire, claire.id(), true))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.DISABLE_YOURSELF));
        assertThat(line("claire").state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void the_last_active_administrator_cannot_be_disabled() {
        long nora = new People(staffAccounts, classroom).openStaffAccount("nora", Role.ADMIN);
        SignedIn noraStillSignedIn = signedIn("nora");
        administration.setDisabled(claire, nora, true);
        assertThat(line("nora").state()).isEqualTo(State.DISABLED);

        assertThatThrownBy(() -> administration.setDisabled(noraStillSignedIn, claire.id(), true))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.LAST_ADMINISTRATOR));
        assertThat(line("claire").state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void only_an_administrator_manages_staff_accounts() {
        long sabine = new People(staffAccounts, classroom).openStaffAccount("sabine", Role.TEACHER);
        SignedIn teacher = signedIn("sabine");

        assertThatThrownBy(() -> administration.accounts(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.resetPassword(teacher, claire.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setDisabled(teacher, sabine, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.unlock(teacher, sabine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.open(teacher, "mallory", "Mallory", Role.ADMIN, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private StaffAccountLine line(String username) {
        return administration.accounts(claire).stream().filter(line -> line.username().equals(username))
                .findFirst().orElseThrow();
    }

    private SignedIn signedIn(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
