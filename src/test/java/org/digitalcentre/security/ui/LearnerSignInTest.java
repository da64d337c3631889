package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import jakarta.servlet.http.Cookie;
import com.vaadin.flow.server.VaadinServletRequest;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.SignInProperties;
import org.digitalcentre.classroom.WorkstationCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;
import static org.digitalcentre.Pages.typeCode;

class LearnerSignInTest extends KaribuTest {

    @Autowired
    CohortAdministration cohortAdministration;
    @Autowired
    SignInProperties signInSettings;

    private Cohort cohort;

    @BeforeEach
    void aCohortWithTwoLearners() {
        long teacher = openStaffAccount("teacher", Role.TEACHER);
        cohort = createCohort("Morning group", List.of(teacher), "Amina", "Fatou");
    }

    @Test
    void right_code_after_tapping_cohort_and_tile_signs_her_in_and_opens_her_home() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        assertThat(currentPath()).isEqualTo("home");
        SignedIn signedIn = (SignedIn) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(signedIn.id()).isEqualTo(cohort.learnerIds()[0]);
        assertThat(signedIn.role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void the_session_gets_a_new_id_when_she_signs_in() {
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        String before = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession().getId();

        typeCode(codeOf(0));

        String after = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession().getId();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void wrong_code_says_so_in_words_and_keeps_her_on_the_keypad() {
        signInByTapping("Morning group", "Amina X.", codeOf(1));

        assertThat(currentPath()).isEqualTo("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        Div message = _get(Div.class, spec -> spec.withClasses("code-message"));
        assertThat(message.getElement().getTextRecursively()).contains("This code is not right").contains("4 tries left");
        assertThat(message.getElement().getAttribute("data-kind")).isEqualTo("wrong");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void five_wrong_codes_lock_her_until_her_teacher_unlocks_her_from_the_group_grid() {
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        for (int i = 0; i < 5; i++) {
            typeCode("9090");
        }
        Div message = _get(Div.class, spec -> spec.withClasses("code-message"));
        assertThat(message.getElement().getTextRecursively()).contains("Code locked");

        typeCode(codeOf(0));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(classroom.learner(cohort.learnerIds()[0]).orElseThrow().locked()).isTrue();

        signInAsStaff("teacher");
        open("cohort-progress");
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("cohort-grid"));
        Button unlock = (Button) _getCellComponent(grid, 0, "code");
        assertThat(unlock.getText()).isEqualTo("Unlock");
        _click(unlock);
        assertThat(classroom.learner(cohort.learnerIds()[0]).orElseThrow().locked()).isFalse();

        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        assertThat(currentPath()).isEqualTo("home");
    }

    @Test
    void the_erase_key_removes_the_last_digit() {
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        typeCode("12");
        clickButton("Erase");
        clickButton("Erase");
        typeCode(codeOf(0));

        assertThat(currentPath()).isEqualTo("home");
    }

    @Test
    void the_done_button_signs_her_out() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        clickButton("I’m done");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_learner_of_another_cohort_cannot_be_reached_through_this_cohorts_address() {
        Cohort other = createCohort("Evening group", List.of(), "Leila");
        open("cohort/" + cohort.id() + "/learner/" + other.learnerIds()[0]);

        assertThat(currentPath()).isEmpty();
    }

    @Test
    void on_a_computer_that_is_not_the_centres_the_first_screen_shows_no_cohort_and_no_name() {
        centreComputers.removeNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);

        open("");
        assertThat(_get(Main.class).getElement().getTextRecursively())
                .contains("This computer does not show the learners’ names. Ask the teacher to help you.")
                .doesNotContain("Morning group");
        assertThat(_find(Button.class, spec -> spec.withClasses("cohort-tile"))).isEmpty();

        open("cohort/" + cohort.id());
        assertThat(currentPath()).isEmpty();
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        assertThat(currentPath()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("learner-tile"))).isEmpty();
    }

    @Test
    void no_code_is_checked_on_a_computer_that_is_not_the_centres_even_from_an_open_keypad() {
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        centreComputers.removeNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);

        typeCode(codeOf(0));

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(_get(Div.class, spec -> spec.withClasses("code-message")).getElement().getTextRecursively())
                .contains("You cannot sign in here. Ask the teacher.");
    }

    @Test
    void a_computer_the_teacher_registered_shows_the_names_wherever_it_is() {
        centreComputers.removeNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);
        String token = centreComputers.register(new CentreComputers.Computer(null, null), "Poste 3");
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                .addCookie(new Cookie(WorkstationCookie.NAME, token));

        signInByTapping("Morning group", "Amina X.", codeOf(0));

        assertThat(currentPath()).isEqualTo("home");
    }

    @Test
    void a_learner_of_an_archived_cohort_cannot_sign_in_by_any_address() {
        signInAsStaff("teacher");
        SignedIn teacher = (SignedIn) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        cohortAdministration.setArchived(teacher, cohort.id(), true);
        SecurityContextHolder.clearContext();

        open("cohort/" + cohort.id());
        assertThat(currentPath()).isEmpty();
        open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
        assertThat(currentPath()).isEmpty();
        assertThat(classroom.checkCode(cohort.learnerIds()[0], codeOf(0)).accepted()).isFalse();
    }

    @Test
    void after_a_wrong_code_the_keypad_rests_a_moment_then_comes_back() throws InterruptedException {
        signInSettings.setWrongCodeDelay(Duration.ofSeconds(1));
        try {
            open("cohort/" + cohort.id() + "/learner/" + cohort.learnerIds()[0]);
            typeCode("9090");

            Div keypad = _get(Div.class, spec -> spec.withClasses("keypad"));
            assertThat(_get(Div.class, spec -> spec.withClasses("code-message")).getElement().getTextRecursively())
                    .contains("This code is not right. Try again. 4 tries left.")
                    .contains("Wait one second, then type your code.");
            assertThat(keypad.isEnabled()).isFalse();
            assertThatThrownBy(() -> clickButton("1")).isInstanceOf(IllegalStateException.class);

            long giveUpAt = System.currentTimeMillis() + 20_000;
            while (!keypad.isEnabled() && System.currentTimeMillis() < giveUpAt) {
                Thread.sleep(100);
                MockVaadin.runUIQueue();
            }
            assertThat(keypad.isEnabled()).isTrue();
            assertThat(_get(Div.class, spec -> spec.withClasses("code-message")).getElement().getTextRecursively())
                    .doesNotContain("Wait");
            typeCode(codeOf(0));
            assertThat(currentPath()).isEqualTo("home");
        } finally {
            signInSettings.setWrongCodeDelay(Duration.ZERO);
        }
    }
}
