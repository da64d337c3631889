package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.security.StaffAccountLine;
import org.digitalcentre.security.StaffAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

class StaffAccountsViewTest extends KaribuTest {

    @Autowired
    StaffAdministration administration;
    @Autowired
    CohortAdministration cohorts;
    @Autowired
    PasswordEncoder passwordEncoder;

    private long claire;
    private long morning;

    @BeforeEach
    void anAdministratorAnAuthorAndAGroup() {
        claire = openStaffAccount("claire", Role.ADMIN);
        openStaffAccount("alex", Role.AUTHOR);
        morning = createCohort("Morning group", List.of(), "Amina").id();
    }

    @Test
    void the_administrator_sees_every_account_with_its_role_and_state() {
        signInAsStaff("claire");
        open("staff");

        Grid<?> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_getFormattedRow(grid, 0)).contains("alex Name", "alex", "Content author", "Active");
        assertThat(_getFormattedRow(grid, 1)).contains("claire Name", "claire", "Administrator", "Active");
    }

    @Test
    void she_opens_a_teachers_account_with_her_group_and_sees_the_temporary_password_once() {
        signInAsStaff("claire");
        open("staff");

        clickButton("New account");
        Dialog form = _get(Dialog.class);
        _setValue(_get(form, TextField.class, spec -> spec.withLabel("Name")), "Sabine Martin");
        _setValue(_get(form, TextField.class, spec -> spec.withLabel("User name")), "sabine");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> role = _get(form, RadioButtonGroup.class, spec -> spec.withLabel("Role"));
        _setValue(role, Role.TEACHER);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CohortSummary> groups = _get(form, MultiSelectComboBox.class,
                spec -> spec.withLabel("Her groups"));
        _setValue(groups, Set.copyOf(groups.getListDataView().getItems()
                .filter(c -> c.id() == morning).toList()));
        clickButton("Create the account");

        Dialog shown = _get(Dialog.class);
        assertThat(shown.getHeaderTitle()).isEqualTo("Temporary password");
        String temporary = _get(shown, Span.class, spec -> spec.withClasses("temporary-password")).getText();
        assertThat(passwordEncoder.matches(temporary, staffAccounts.loadUserByUsername("sabine").getPassword()))
                .isTrue();
        clickButton("I have noted it");
        _assertNone(Dialog.class);

        assertThat(rowOf("sabine")).contains("Sabine Martin", "Teacher", "Must choose a new password");
        long sabine = ((SignedIn) staffAccounts.loadUserByUsername("sabine")).id();
        assertThat(cohorts.cohort(admin(), morning).teacherIds()).containsExactly(sabine);
    }

    @Test
    void a_user_name_already_taken_is_said_under_the_field_and_nothing_is_opened() {
        signInAsStaff("claire");
        open("staff");

        clickButton("New account");
        Dialog form = _get(Dialog.class);
        _setValue(_get(form, TextField.class, spec -> spec.withLabel("Name")), "Another Alex");
        TextField username = _get(form, TextField.class, spec -> spec.withLabel("User name"));
        _setValue(username, "ALEX");
        clickButton("Create the account");

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("This user name is already used. Choose another one.");
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void a_locked_account_shows_an_unlock_button_that_unlocks_it() {
        for (int i = 0; i < 5; i++) {
            staffAccounts.wrongPassword("alex");
        }
        signInAsStaff("claire");
        open("staff");
        assertThat(rowOf("alex")).contains("Locked (too many wrong passwords)");

        _click(action("alex", "Unlock the account of alex Name"));

        expectNotifications("The account of alex Name is unlocked.");
        assertThat(rowOf("alex")).contains("Active");
        _assertNone(_getCellComponent(grid(), 0, "actions"), Button.class, spec -> spec.withText("Unlock"));
    }

    @Test
    void disabling_and_enabling_an_account() {
        signInAsStaff("claire");
        open("staff");

        _click(action("alex", "Disable the account of alex Name"));
        expectNotifications("The account of alex Name is disabled: she cannot sign in any more.");
        assertThat(rowOf("alex")).contains("Disabled");
        assertThat(staffAccounts.loadUserByUsername("alex").isEnabled()).isFalse();

        _click(action("alex", "Enable the account of alex Name"));
        assertThat(rowOf("alex")).contains("Active");
    }

    @Test
    void she_cannot_disable_her_own_account_and_is_told_why() {
        signInAsStaff("claire");
        open("staff");

        _click(action("claire", "Disable the account of claire Name"));

        expectNotifications("You cannot disable your own account.");
        assertThat(rowOf("claire")).contains("Active");
    }

    @Test
    void a_new_password_is_shown_once_and_she_must_change_it() {
        signInAsStaff("claire");
        open("staff");

        _click(action("alex", "Give alex Name a new password"));

        String temporary = _get(Span.class, spec -> spec.withClasses("temporary-password")).getText();
        assertThat(passwordEncoder.matches(temporary, staffAccounts.loadUserByUsername("alex").getPassword()))
                .isTrue();
        assertThat(rowOf("alex")).contains("Must choose a new password");
    }

    @Test
    void a_teacher_cannot_open_the_staff_accounts() {
        openStaffAccount("sabine", Role.TEACHER);
        signInAsStaff("sabine");

        open("staff");

        _assertNone(Grid.class, spec -> spec.withClasses("staff-account-list"));
        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
    }

    /** The button of that row's actions with this accessible name (component cells exist only once fetched). */
    private static Button action(String username, String ariaLabel) {
        Grid<?> grid = grid();
        for (int row = 0; row < _size(grid); row++) {
            if (_getFormattedRow(grid, row).contains(username)) {
                return _get(_getCellComponent(grid, row, "actions"), Button.class,
                        spec -> spec.withAttribute("aria-label", ariaLabel));
            }
        }
        throw new AssertionError("No row for " + username);
    }

    private SignedIn admin() {
        return (SignedIn) staffAccounts.loadUserByUsername("claire");
    }

    private static Grid<?> grid() {
        return _get(Grid.class, spec -> spec.withClasses("staff-account-list"));
    }

    private static List<String> rowOf(String username) {
        Grid<?> grid = grid();
        for (int row = 0; row < _size(grid); row++) {
            List<String> cells = _getFormattedRow(grid, row);
            if (cells.contains(username)) {
                return cells;
            }
        }
        throw new AssertionError("No row for " + username);
    }
}
