package org.digitalcentre.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.springframework.stereotype.Component;

/**
 * When her session is gone (the server restarted, the idle limit passed), an open page goes straight back to the
 * workstation's first screen: no "Session expired" box to understand, and never the staff login for a learner.
 * Staff who are still signed in go to their login page. Her step and answers are in the database: she finds them
 * when she signs in again.
 *
 * <p>When Vaadin closes an idle session by itself ({@code vaadin.closeIdleSessions}: a page left open whose browser
 * stopped counting her idle time), it only forgets its own part; the sign-in would stay in the HTTP session, kept
 * alive by the heartbeat. So the HTTP session ends with it.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    ConnectionMessages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messagesFor(info.getRequest() == null ? ""
                : info.getRequest().getContextPath()));
        event.getSource().addSessionDestroyListener(destroyed -> endHttpSession(destroyed.getSession().getSession()));
    }

    private static void endHttpSession(WrappedSession http) {
        if (http != null) {
            try {
                http.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // The HTTP session ended first (sign-out, time-out, restart): nothing left to do.
            }
        }
    }

    SystemMessages messagesFor(String contextPath) {
        boolean staff = currentUser.get().map(user -> user.role() != Role.LEARNER).orElse(false);
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(contextPath + (staff ? "/login" : "/"));
        return messages;
    }
}
