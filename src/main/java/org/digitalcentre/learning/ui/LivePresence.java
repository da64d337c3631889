package org.digitalcentre.learning.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.WorkstationCookie;
import org.digitalcentre.live.LiveClassroom;
import org.springframework.stereotype.Component;

/**
 * Makes sure the live view knows a learner is here, for the case where she signed in before the server started
 * again (her session survived, the live view's memory did not).
 */
@Component
class LivePresence {

    private final LiveClassroom live;
    private final ClassroomService classroom;
    private final CentreComputers computers;

    LivePresence(LiveClassroom live, ClassroomService classroom, CentreComputers computers) {
        this.live = live;
        this.classroom = classroom;
        this.computers = computers;
    }

    void ensure(long learnerId) {
        if (live.cohortOf(learnerId).isEmpty()) {
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            String workstation = request == null ? null
                    : computers.nameOf(WorkstationCookie.computerOf(request.getHttpServletRequest())).orElse(null);
            classroom.learner(learnerId).ifPresent(learner -> live.signedIn(learner.id(), learner.cohortId(),
                    learner.shortName(), workstation));
        }
    }
}
