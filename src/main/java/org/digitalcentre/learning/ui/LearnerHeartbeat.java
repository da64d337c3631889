package org.digitalcentre.learning.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.live.LiveClassroom;
import org.springframework.stereotype.Component;

/**
 * A learner's open page beats ({@code vaadin.heartbeatInterval}): each beat tells the live view she is still in the
 * room. When she closes the browser without "I'm done", the beats stop and the live view lets her go within a
 * minute ({@code digitalcentre.live.gone-after}). Her session itself ends only at the idle limit.
 */
@Component
class LearnerHeartbeat implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final LiveClassroom live;
    private final LivePresence presence;

    LearnerHeartbeat(CurrentUser currentUser, LiveClassroom live, LivePresence presence) {
        this.currentUser = currentUser;
        this.live = live;
        this.presence = presence;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addHeartbeatListener(beat -> currentUser.get()
                .filter(user -> user.role() == Role.LEARNER)
                .ifPresent(learner -> {
                    presence.ensure(learner.id());
                    live.heard(learner.id());
                })));
    }
}
