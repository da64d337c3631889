package org.digitalcentre.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.CodeCheck;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.classroom.WorkstationCookie;
import org.digitalcentre.live.LiveClassroom;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Signs a learner in from the keypad: checks her code and, when it is right, makes her the session's user. The
 * session gets a new id at that moment, so a session id seen before sign-in is worth nothing after it. Learners sign
 * in only on the centre's computers (registered, or on the centre's network): anywhere else nothing is checked.
 */
@Service
public class LearnerSignIn {

    private final ClassroomService classroom;
    private final CentreComputers computers;
    private final LiveClassroom live;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    LearnerSignIn(ClassroomService classroom, CentreComputers computers, LiveClassroom live) {
        this.classroom = classroom;
        this.computers = computers;
        this.live = live;
    }

    /** Whether the computer of the current request may show the cohort and name screens. */
    public boolean learnersMaySignInHere() {
        return computers.learnersMaySignInOn(thisComputer());
    }

    public CodeCheck signIn(LearnerTile learner, String code) {
        CentreComputers.Computer computer = thisComputer();
        if (!computers.learnersMaySignInOn(computer)) {
            return new CodeCheck(CodeCheck.Outcome.REFUSED, 0);
        }
        CodeCheck check = classroom.checkCode(learner.id(), code);
        if (check.accepted()) {
            establish(new LearnerPrincipal(learner.id(), learner.shortName(), learner.cohortId()));
            live.signedIn(learner.id(), learner.cohortId(), learner.shortName(),
                    computers.nameOf(computer).orElse(null));
        }
        return check;
    }

    private static CentreComputers.Computer thisComputer() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return WorkstationCookie.computerOf(request == null ? null : request.getHttpServletRequest());
    }

    private void establish(LearnerPrincipal principal) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.LEARNER.authority())));
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId();
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        contextRepository.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
