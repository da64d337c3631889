package org.digitalcentre.learning.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.live.Workstations;
import org.springframework.stereotype.Component;

/**
 * Makes sure the live view knows a learner is here, for the case where she signed in before the server started
 * again (her session survived, the live view's memory did not).
 */
@Component
class LivePresence {

    private final LiveClassroom live;
    private final ClassroomService classroom;

    LivePresence(LiveClassroom live, ClassroomService classroom) {
        this.live = live;
        this.classroom = classroom;
    }

    void ensure(long learnerId) {
        if (live.cohortOf(learnerId).isEmpty()) {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            String workstation = request == null ? null
                    : Workstations.nameOf(request.getHttpServletRequest()).orElse(null);
            classroom.learner(learnerId).ifPresent(learner -> live.signedIn(learner.id(), learner.cohortId(),
                    learner.shortName(), workstation));
        }
    }
}
