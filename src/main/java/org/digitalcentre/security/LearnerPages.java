package org.digitalcentre.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.digitalcentre.base.Role;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * The addresses of pages only learners open (their home, a module...). Someone who is not signed in and asks for one
 * (a learner's page reloaded after her session ended, or Back after she left) goes to the cohort screen, the
 * learners' way in, never to the staff login.
 */
class LearnerPages implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.isEmpty() || request.getServletContext() == null) {
            return false;
        }
        try {
            NavigationRouteTarget target = ApplicationRouteRegistry
                    .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationRouteTarget(path);
            if (target == null || target.getRouteTarget() == null) {
                return false;
            }
            RolesAllowed roles = target.getRouteTarget().getTarget().getAnnotation(RolesAllowed.class);
            return roles != null && List.of(roles.value()).equals(List.of(Role.Names.LEARNER));
        } catch (RuntimeException notARoute) {
            return false;
        }
    }
}
