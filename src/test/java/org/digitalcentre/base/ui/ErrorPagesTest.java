package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

class ErrorPagesTest extends KaribuTest {

    @Test
    void an_error_in_a_click_shows_a_plain_message_and_never_the_stack_trace() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("database exploded at line 42")));

        expectNotifications("Something did not work. Nothing is lost. Try again or call the teacher.");
    }

    @Test
    void the_sign_in_screen_switches_to_french_and_back_to_english() {
        createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        open("");
        assertThat(_get(H1.class).getText()).isEqualTo("Hello! Tap your group.");

        clickButton("Français");
        assertThat(_get(H1.class).getText()).isEqualTo("Bonjour ! Touchez votre groupe.");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");

        clickButton("English");
        assertThat(_get(H1.class).getText()).isEqualTo("Hello! Tap your group.");
    }
}
