package org.digitalcentre.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.IdleGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The way out of a shared computer that the browser takes by itself: the idle limit, and quick exit (which does not
 * wait for the answer). Ends the session and sends the browser to the workstation's first screen: the cohort screen,
 * or the staff login for staff. A plain GET, so that the browser can replace the page with it ({@code
 * location.replace}) and a request can outlive a closing page; signing someone out is all it can do.
 */
@Controller
class LeaveController {

    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    @GetMapping("/" + IdleGuard.LEAVE)
    void leave(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                && signedIn.role() != Role.LEARNER;
        signOut.logout(request, response, authentication);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + (staff ? "/login" : "/"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
