package org.digitalcentre.classroom;

import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CodeCheck.Outcome;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archiving a cohort is not yet possible through the service, so "archived cohorts are not offered" waits. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ClassroomServiceTest {

    private static final String RIGHT_CODE = People.codeOf(0);
    private static final String WRONG_CODE = "9876";

    @Autowired
    ClassroomService classroom;
    @Autowired
    CohortAdministration administration;
    @Autowired
    StaffAccountService staffAccounts;

    private People people;
    private People.Cohort morning;
    private long amina;

    @BeforeEach
    void aminaIsInTheMorningGroup() {
        people = new People(staffAccounts, classroom);
        morning = people.createCohort("Morning group", List.of(people.openStaffAccount("sabine", Role.TEACHER)),
                "Amina");
        amina = morning.learnerIds()[0];
    }

    @Test
    void the_right_code_is_accepted() {
        assertThat(classroom.checkCode(amina, RIGHT_CODE)).isEqualTo(new CodeCheck(Outcome.ACCEPTED, 5));
    }

    @Test
    void the_right_code_forgets_the_wrong_ones_before_it() {
        classroom.checkCode(amina, WRONG_CODE);
        classroom.checkCode(amina, WRONG_CODE);

        assertThat(classroom.checkCode(amina, RIGHT_CODE).accepted()).isTrue();

        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 4));
    }

    @Test
    void each_wrong_code_says_how_many_tries_are_left() {
        List<CodeCheck> checks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            checks.add(classroom.checkCode(amina, WRONG_CODE));
        }

        assertThat(checks).containsExactly(new CodeCheck(Outcome.WRONG, 4), new CodeCheck(Outcome.WRONG, 3),
                new CodeCheck(Outcome.WRONG, 2), new CodeCheck(Outcome.WRONG, 1));
        assertThat(classroom.learner(amina).orElseThrow().locked()).isFalse();
    }

    @Test
    void the_fifth_wrong_code_locks_her() {
        for (int i = 0; i < 4; i++) {
            classroom.checkCode(amina, WRONG_CODE);
        }

        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.LOCKED, 0));
        assertThat(classroom.learner(amina).orElseThrow().locked()).isTrue();
        assertThat(classroom.learnersOf(morning.id())).extracting(LearnerTile::locked).containsExactly(true);
    }

    @Test
    void a_locked_learner_is_refused_even_with_the_right_code() {
        lockAmina();

        assertThat(classroom.checkCode(amina, RIGHT_CODE)).isEqualTo(new CodeCheck(Outcome.LOCKED, 0));
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.LOCKED, 0));
    }

    @Test
    void once_unlocked_she_signs_in_again_with_all_her_tries() {
        lockAmina();

        administration.unlock(staff("sabine"), amina);

        assertThat(classroom.learner(amina).orElseThrow().locked()).isFalse();
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 4));
        assertThat(classroom.checkCode(amina, RIGHT_CODE).accepted()).isTrue();
    }

    @Test
    void only_a_teacher_of_her_cohort_or_an_administrator_may_unlock_her() {
        people.openStaffAccount("nora", Role.TEACHER);
        lockAmina();

        assertThatThrownBy(() -> administration.unlock(staff("nora"), amina)).isInstanceOf(AccessDeniedException.class);

        assertThat(classroom.learner(amina).orElseThrow().locked()).isTrue();
    }

    @Test
    void a_code_that_is_not_four_digits_counts_as_wrong_and_does_not_fail() {
        assertThat(classroom.checkCode(amina, "12a4")).isEqualTo(new CodeCheck(Outcome.WRONG, 4));
        assertThat(classroom.checkCode(amina, "123")).isEqualTo(new CodeCheck(Outcome.WRONG, 3));
        assertThat(classroom.checkCode(amina, null)).isEqualTo(new CodeCheck(Outcome.WRONG, 2));
        assertThat(classroom.checkCode(amina, RIGHT_CODE + "1")).isEqualTo(new CodeCheck(Outcome.WRONG, 1));
    }

    @Test
    void enrolling_refuses_a_code_that_is_not_four_digits() {
        for (String code : new String[] {"123", "12345", "12a4", "", " 1234", null}) {
            assertThatThrownBy(() -> classroom.enrol(morning.id(), "Fatou", "S", LearnerPicture.STAR, code))
                    .as("code %s", code).isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(classroom.learnersOf(morning.id())).extracting(LearnerTile::shortName).containsExactly("Amina X.");
    }

    @Test
    void a_teacher_works_with_her_cohorts_only() {
        long nora = people.openStaffAccount("nora", Role.TEACHER);
        People.Cohort evening = people.createCohort("Evening group", List.of(nora), "Leila");

        assertThat(classroom.cohortsFor(staff("sabine"))).extracting(CohortCard::name).containsExactly("Morning group");
        assertThat(classroom.cohortsFor(staff("nora"))).extracting(CohortCard::name).containsExactly("Evening group");
        assertThat(classroom.mayWorkWith(staff("sabine"), morning.id())).isTrue();
        assertThat(classroom.mayWorkWith(staff("sabine"), evening.id())).isFalse();
    }

    @Test
    void an_administrator_works_with_every_cohort() {
        people.createCohort("Evening group", List.of(), "Leila");
        people.openStaffAccount("claire", Role.ADMIN);

        assertThat(classroom.cohortsFor(staff("claire"))).extracting(CohortCard::name)
                .containsExactlyInAnyOrder("Morning group", "Evening group");
    }

    @Test
    void an_author_works_with_no_cohort() {
        people.openStaffAccount("alex", Role.AUTHOR);

        assertThat(classroom.cohortsFor(staff("alex"))).isEmpty();
        assertThat(classroom.mayWorkWith(staff("alex"), morning.id())).isFalse();
    }

    private void lockAmina() {
        for (int i = 0; i < Learner.MAX_WRONG_CODES; i++) {
            classroom.checkCode(amina, WRONG_CODE);
        }
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
