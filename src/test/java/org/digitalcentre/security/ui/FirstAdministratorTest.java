package org.digitalcentre.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;

class FirstAdministratorTest extends KaribuTest {

    @Test
    void an_empty_database_asks_for_the_administrators_account_first() {
        open("");

        assertThat(currentPath()).isEqualTo("setup");
    }

    @Test
    void a_short_password_is_refused_with_a_message_and_nothing_is_created() {
        open("setup");
        fill("Claire", "claire", "short", "short");

        clickButton("Create the account");

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password needs at least 10 characters.");
        assertThat(staffAccounts.noStaffYet()).isTrue();
        assertThat(currentPath()).isEqualTo("setup");
    }

    @Test
    void different_passwords_are_refused_with_a_message() {
        open("setup");
        fill("Claire", "claire", "long-enough-1", "long-enough-2");

        clickButton("Create the account");

        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Password, once more"));
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(staffAccounts.noStaffYet()).isTrue();
    }

    @Test
    void the_administrator_is_created_and_the_set_up_page_closes_for_good() {
        open("setup");
        fill("Claire", "claire", "long-enough-password", "long-enough-password");

        clickButton("Create the account");

        assertThat(currentPath()).isEqualTo("login");
        assertThat(staffAccounts.loadUserByUsername("claire").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_ADMIN");
        open("setup");
        assertThat(currentPath()).isEqualTo("login");
    }

    private void fill(String name, String username, String password, String repeat) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Display name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password, once more")), repeat);
    }
}
