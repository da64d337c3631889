package org.digitalcentre.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SharedComputerProperties;

import java.time.Duration;

/**
 * Signs a person out of a shared computer when she has left it: after the idle limit of her role without her touching
 * anything (the browser counts her own doings, not the heartbeat), with a countdown dialog one minute before (see
 * {@code frontend/components/dc-idle-guard.js}). At the limit the page goes to {@link #LEAVE}, which signs her out
 * and shows the workstation's first screen.
 *
 * <p>The server holds the same limit on its own, for a closed tab or a browser that stopped counting: the session
 * lasts the limit plus a minute after her last request, and with {@code vaadin.closeIdleSessions} the heartbeat does
 * not keep it alive. While she is busy the browser calls {@link #stillHere()} now and then.
 */
@Tag("dc-idle-guard")
@JavaScript("context://components/dc-idle-guard.js")
public class IdleGuard extends Component {

    /** Signs out and sends the browser to the cohort screen (learners) or the staff login (staff). */
    public static final String LEAVE = "leave";
    /** What the server adds to the limit before it ends the session itself. */
    static final Duration SERVER_GRACE = Duration.ofMinutes(1);

    private final Duration limit;

    public IdleGuard(Role role, SharedComputerProperties settings) {
        limit = settings.idleLimitFor(role);
        Duration warning = settings.warningFor(role);
        getElement().setAttribute("limit", String.valueOf(limit.toSeconds()));
        getElement().setAttribute("warn", String.valueOf(warning.toSeconds()));
        getElement().setAttribute("leave", LEAVE);
        getElement().setAttribute("heading", getTranslation("idle.title"));
        // The words for many seconds (99 stands for the count, replaced by the page) and for one second.
        getElement().setAttribute("message", getTranslation("idle.message", 99).replace("99", "{0}"));
        getElement().setAttribute("message-one", getTranslation("idle.message", 1));
        getElement().setAttribute("stay", getTranslation("idle.stay"));
        getElement().setAttribute("aria-hidden", "true");
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http != null) {
            http.setMaxInactiveInterval((int) serverLimit().toSeconds());
        }
    }

    /** How long the server keeps her session after her last request. */
    public Duration serverLimit() {
        return limit.plus(SERVER_GRACE);
    }

    /** She is busy in the page (reading, scrolling): the request itself is what counts for the server. */
    @ClientCallable
    void stillHere() {
        // Nothing more to do: this request is a real one, so the server's idle limit starts again.
    }
}
