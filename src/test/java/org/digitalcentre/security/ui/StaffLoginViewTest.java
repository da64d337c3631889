package org.digitalcentre.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

class StaffLoginViewTest extends KaribuTest {

    @BeforeEach
    void anAccount() {
        openStaffAccount("claire", Role.ADMIN);
    }

    @Test
    void a_wrong_password_shows_the_general_message_that_does_not_say_which_was_wrong() {
        openLogin("error");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form))
                .contains("The user name or the password is not right. Check them and try again.")
                .doesNotContain("locked");
    }

    @Test
    void a_locked_account_is_said_in_words_with_who_can_unlock_it() {
        openLogin("locked");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form))
                .contains("locked for a while").contains("too many wrong passwords").contains("administrator");
    }

    @Test
    void a_computer_refused_for_a_while_is_told_to_wait() {
        openLogin("wait");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("Wait a quarter of an hour");
    }

    @Test
    void the_page_shows_no_error_at_first() {
        open("login");

        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    private static void openLogin(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, "")));
    }

    /** The error message the form shows, as the browser receives it (the form's i18n property). */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
