package org.digitalcentre.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.security.StaffAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;

class MyPasswordViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "un jardin plein de tulipes";

    @Autowired
    StaffAdministration administration;
    @Autowired
    PasswordEncoder passwordEncoder;

    private long alex;

    @BeforeEach
    void anAuthorAndAnAdministrator() {
        openStaffAccount("claire", Role.ADMIN);
        alex = openStaffAccount("alex", Role.AUTHOR);
    }

    @Test
    void she_changes_her_own_password_and_goes_back_to_her_first_page() {
        signInAsStaff("alex");
        open("my-password");

        fill(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        clickButton("Change my password");

        expectNotifications("Your password is changed.");
        assertThat(currentPath()).isEqualTo("library");
        assertThat(passwordEncoder.matches(NEW_PASSWORD, staffAccounts.loadUserByUsername("alex").getPassword()))
                .isTrue();
    }

    @Test
    void a_wrong_current_password_is_said_under_its_field() {
        signInAsStaff("alex");
        open("my-password");

        fill("not-my-password", NEW_PASSWORD, NEW_PASSWORD);
        clickButton("Change my password");

        assertThat(field("Current password").getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(passwordEncoder.matches(PASSWORD, staffAccounts.loadUserByUsername("alex").getPassword()))
                .isTrue();
    }

    @Test
    void each_rule_of_the_new_password_is_said_in_words() {
        signInAsStaff("alex");
        open("my-password");

        fill(PASSWORD, "short", "short");
        clickButton("Change my password");
        assertThat(field("New password").getErrorMessage()).isEqualTo("The password needs at least 10 characters.");

        String tooLong = "a".repeat(129);
        fill(PASSWORD, tooLong, tooLong);
        clickButton("Change my password");
        assertThat(field("New password").getErrorMessage()).isEqualTo("The password can have at most 128 characters.");

        fill(PASSWORD, "Password123", "Password123");
        clickButton("Change my password");
        assertThat(field("New password").getErrorMessage()).startsWith("This password is too common");

        fill(PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        clickButton("Change my password");
        assertThat(field("New password, once more").getErrorMessage())
                .isEqualTo("The two passwords are not the same.");
        assertThat(currentPath()).isEqualTo("my-password");
    }

    @Test
    void after_a_reset_she_can_open_nothing_but_my_password_until_she_has_chosen_hers() {
        signInAsStaff("claire");
        String temporary = administration.resetPassword(
                (org.digitalcentre.base.SignedIn) staffAccounts.loadUserByUsername("claire"), alex);
        signInAsStaff("alex");

        open("library");
        assertThat(currentPath()).isEqualTo("my-password");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("must-change")).getText())
                .startsWith("Before you continue, choose your own password.");
        open("cohort-progress");
        assertThat(currentPath()).isEqualTo("my-password");

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);
        clickButton("Change my password");

        assertThat(currentPath()).isEqualTo("library");
        open("my-password");
        _assertNone(Paragraph.class, spec -> spec.withClasses("must-change"));
    }

    @Test
    void a_member_of_staff_disabled_while_signed_in_is_signed_out_at_her_next_click() {
        signInAsStaff("alex");
        open("library");
        assertThat(currentPath()).isEqualTo("library");

        administration.setDisabled((org.digitalcentre.base.SignedIn) staffAccounts.loadUserByUsername("claire"),
                alex, true);
        open("my-password");

        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .isNull();
        _assertNone(PasswordField.class);
    }

    private static void fill(String current, String chosen, String repeat) {
        _setValue(field("Current password"), current);
        _setValue(field("New password"), chosen);
        _setValue(field("New password, once more"), repeat);
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }
}
