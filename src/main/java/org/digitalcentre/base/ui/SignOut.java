package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Signing out of a shared computer: the session ends on the server (the live view drops her) and the page is
 * replaced by the first screen with {@code location.replace}, so that her page leaves the Back history.
 */
public final class SignOut {

    /** The cohort screen, relative to the app's root. */
    public static final String LEARNERS_START = "./";
    /** The staff login page, relative to the app's root. */
    public static final String STAFF_START = "login";

    private SignOut() {
    }

    /** From a click in the app: ends the session, and the browser shows {@code start} in place of this page. */
    public static void now(String start) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs("document.documentElement.style.visibility = 'hidden'; location.replace($0)",
                    start);
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null) {
            new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(),
                    response == null ? null : response.getHttpServletResponse(),
                    SecurityContextHolder.getContext().getAuthentication());
        }
        SecurityContextHolder.clearContext();
    }
}
