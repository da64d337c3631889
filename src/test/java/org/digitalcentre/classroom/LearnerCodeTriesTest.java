package org.digitalcentre.classroom;

import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CodeCheck.Outcome;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait after each wrong code, and learners of an archived cohort, on the service's side. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MovableClock.InTests.class)
@Transactional
class LearnerCodeTriesTest {

    private static final String RIGHT_CODE = People.codeOf(0);
    private static final String WRONG_CODE = "9876";

    @Autowired
    ClassroomService classroom;
    @Autowired
    CohortAdministration administration;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    SignInProperties settings;
    @Autowired
    MovableClock clock;

    private People.Cohort morning;
    private long amina;
    private SignedIn sabine;

    @BeforeEach
    void aminaIsInTheMorningGroupAndTheKeypadWaitsOneSecondAfterAWrongCode() {
        People people = new People(staffAccounts, classroom);
        people.openStaffAccount("sabine", Role.TEACHER);
        sabine = (SignedIn) staffAccounts.loadUserByUsername("sabine");
        morning = people.createCohort("Morning group", List.of(sabine.id()), "Amina");
        amina = morning.learnerIds()[0];
        settings.setWrongCodeDelay(Duration.ofSeconds(1));
    }

    @AfterEach
    void backToTheTestsDefault() {
        settings.setWrongCodeDelay(Duration.ZERO);
    }

    @Test
    void each_wrong_code_makes_the_next_one_wait_twice_as_long() {
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 4, Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 3, Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 2, Duration.ofSeconds(4)));
        clock.advance(Duration.ofSeconds(4));
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 1, Duration.ofSeconds(8)));
        clock.advance(Duration.ofSeconds(8));
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.LOCKED, 0));
    }

    @Test
    void a_code_typed_during_the_wait_is_neither_checked_nor_counted_even_the_right_one() {
        classroom.checkCode(amina, WRONG_CODE);
        clock.advance(Duration.ofSeconds(1));
        classroom.checkCode(amina, WRONG_CODE);
        clock.advance(Duration.ofMillis(500));

        assertThat(classroom.checkCode(amina, RIGHT_CODE))
                .isEqualTo(new CodeCheck(Outcome.WAIT, 3, Duration.ofMillis(1500)));
        assertThat(classroom.checkCode(amina, WRONG_CODE))
                .isEqualTo(new CodeCheck(Outcome.WAIT, 3, Duration.ofMillis(1500)));

        clock.advance(Duration.ofMillis(1500));
        assertThat(classroom.checkCode(amina, RIGHT_CODE).accepted()).isTrue();
        assertThat(classroom.checkCode(amina, WRONG_CODE)).isEqualTo(new CodeCheck(Outcome.WRONG, 4, Duration.ofSeconds(1)));
    }

    @Test
    void a_learner_of_an_archived_cohort_is_refused_even_with_the_right_code() {
        administration.setArchived(sabine, morning.id(), true);

        assertThat(classroom.checkCode(amina, RIGHT_CODE)).isEqualTo(new CodeCheck(Outcome.REFUSED, 0));
        assertThat(classroom.learnerWhoMaySignIn(amina)).isEmpty();

        administration.setArchived(sabine, morning.id(), false);
        assertThat(classroom.learnerWhoMaySignIn(amina)).isPresent();
        assertThat(classroom.checkCode(amina, RIGHT_CODE).accepted()).isTrue();
    }

    @Test
    void an_unlocked_learner_has_no_wait_left() {
        for (int i = 0; i < Learner.MAX_WRONG_CODES; i++) {
            classroom.checkCode(amina, WRONG_CODE);
            clock.advance(Duration.ofMinutes(1));
        }
        administration.unlock(sabine, amina);

        assertThat(classroom.checkCode(amina, RIGHT_CODE).accepted()).isTrue();
    }
}
