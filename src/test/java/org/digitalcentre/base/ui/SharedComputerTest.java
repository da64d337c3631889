package org.digitalcentre.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * What keeps a person safe on a shared computer, as the pages carry it: the quick exit on every screen, the idle
 * guard with her role's limit and its words, and where a page goes when her session is gone. The browser's part is
 * in {@code SharedComputerIT}.
 */
class SharedComputerTest extends KaribuTest {

    @Autowired
    ConnectionMessages connectionMessages;

    private Cohort morning;

    @BeforeEach
    void sabineTeachesAminasGroup() {
        morning = createCohort("Morning group", List.of(openStaffAccount("sabine", Role.TEACHER)), "Amina");
    }

    @Test
    void a_learners_pages_sign_her_out_after_ten_minutes_alone_with_a_countdown_in_her_language() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        assertThat(currentPath()).isEqualTo("home");

        IdleGuard guard = _get(IdleGuard.class);
        assertThat(guard.getElement().getAttribute("limit")).isEqualTo("600");
        assertThat(guard.getElement().getAttribute("warn")).isEqualTo("60");
        assertThat(guard.getElement().getAttribute("leave")).isEqualTo("leave");
        assertThat(guard.getElement().getAttribute("heading")).isEqualTo("Are you still there?");
        assertThat(guard.getElement().getAttribute("message"))
                .isEqualTo("If you do nothing, the session closes in {0} seconds. Your answers are kept.");
        assertThat(guard.getElement().getAttribute("stay")).isEqualTo("I’m still here");
        // A closed tab sends nothing: the server ends the session a minute after the limit on its own.
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(660);
    }

    @Test
    void staff_pages_sign_out_after_thirty_minutes_alone() {
        signInAsStaff("sabine");
        open("cohorts");

        assertThat(_get(IdleGuard.class).getElement().getAttribute("limit")).isEqualTo("1800");
        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(1860);
    }

    @Test
    void every_screen_has_the_quick_exit_button_to_the_neutral_page() {
        open("");
        assertQuickExit();
        open("login");
        assertQuickExit();

        signInByTapping("Morning group", "Amina X.", codeOf(0));
        assertThat(currentPath()).isEqualTo("home");
        assertQuickExit();
        clickButton("I’m done");

        signInAsStaff("sabine");
        open("cohorts");
        assertQuickExit();
    }

    @Test
    void im_done_signs_her_out() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        assertThat(morning.learnerIds()).hasSize(1);

        clickButton("I’m done");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_page_whose_session_is_gone_goes_straight_to_the_cohort_screen_without_a_box_to_read() {
        SystemMessages messages = connectionMessages.messagesFor("");

        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).isEqualTo("/");
    }

    @Test
    void a_staff_page_whose_session_is_gone_goes_to_the_staff_login() {
        signInAsStaff("sabine");

        assertThat(connectionMessages.messagesFor("").getSessionExpiredURL()).isEqualTo("/login");
    }

    private static void assertQuickExit() {
        QuickExit exit = _get(QuickExit.class);
        assertThat(exit.getElement().getAttribute("address")).isEqualTo("/meteo.html");
        assertThat(exit.getElement().getAttribute("leave")).isEqualTo("leave");
        Button button = _get(exit, Button.class);
        assertThat(button.getText()).isEqualTo("Quick exit");
        assertThat(button.getElement().getAttribute("title"))
                .isEqualTo("Leave at once for a neutral page (or press Esc 3 times)");
    }
}
