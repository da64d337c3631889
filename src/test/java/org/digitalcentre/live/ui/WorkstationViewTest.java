package org.digitalcentre.live.ui;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.WorkstationCookie;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

class WorkstationViewTest extends KaribuTest {

    @Test
    void a_teacher_registers_this_computer_and_learners_may_then_sign_in_on_it() {
        openStaffAccount("teacher", Role.TEACHER);
        signInAsStaff("teacher");
        open("workstation");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Workstation name")), "Poste 3");
        clickButton("Register this computer");

        Cookie cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse())
                .getCookie(WorkstationCookie.NAME);
        assertThat(cookie.isHttpOnly()).isTrue();
        centreComputers.removeNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);
        assertThat(centreComputers.learnersMaySignInOn(new CentreComputers.Computer(cookie.getValue(), null))).isTrue();
        Grid<?> registered = registeredComputers();
        assertThat(_size(registered)).isEqualTo(1);
        assertThat(_getFormattedRow(registered, 0)).contains("Poste 3");
    }

    @Test
    void a_name_with_signs_is_refused_with_a_message() {
        openStaffAccount("teacher", Role.TEACHER);
        signInAsStaff("teacher");
        open("workstation");

        TextField name = _get(TextField.class, spec -> spec.withLabel("Workstation name"));
        _setValue(name, "<Poste 3>");
        clickButton("Register this computer");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Letters, digits and spaces, 30 at most.");
        assertThat(centreComputers.registered()).isEmpty();
    }

    @Test
    void a_computer_that_left_the_centre_is_forgotten() {
        openStaffAccount("teacher", Role.TEACHER);
        String token = centreComputers.register(new CentreComputers.Computer(null, null), "Poste 9");
        signInAsStaff("teacher");
        open("workstation");

        _click((Button) _getCellComponent(registeredComputers(), 0, "actions"));

        assertThat(_size(registeredComputers())).isZero();
        centreComputers.removeNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);
        assertThat(centreComputers.learnersMaySignInOn(new CentreComputers.Computer(token, null))).isFalse();
    }

    @Test
    void an_administrator_lists_the_centres_networks() {
        openStaffAccount("admin", Role.ADMIN);
        signInAsStaff("admin");
        open("workstation");

        TextField range = _get(TextField.class, spec -> spec.withLabel("Address or network"));
        _setValue(range, "centre.example");
        clickButton("Add");
        assertThat(range.isInvalid()).isTrue();
        assertThat(range.getErrorMessage())
                .isEqualTo("Type an address such as 192.168.1.20 or a network such as 192.168.1.0/24.");

        _setValue(range, "192.168.1.0/24");
        clickButton("Add");
        assertThat(range.isInvalid()).isFalse();
        assertThat(centreComputers.networks()).contains("192.168.1.0/24");
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("networks-list")))).isEqualTo(2);
    }

    @Test
    void a_teacher_does_not_see_the_centres_networks() {
        openStaffAccount("teacher", Role.TEACHER);
        signInAsStaff("teacher");
        open("workstation");

        assertThat(_find(H2.class, spec -> spec.withText("The centre’s networks"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Address or network"))).isEmpty();
    }

    private static Grid<?> registeredComputers() {
        return _get(Grid.class, spec -> spec.withClasses("registered-computers"));
    }
}
