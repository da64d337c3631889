package org.digitalcentre.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * At every navigation of a signed-in member of staff: one who signed in with a temporary password (a new account, a
 * reset, or a demo account outside the demo profile) can open nothing but "My password" until she has chosen her
 * own; one whose account an administrator has disabled since she signed in is signed out.
 */
@Component
class StaffNavigationGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final StaffAccountService staff;
    private final AuthenticationContext authentication;

    StaffNavigationGuard(CurrentUser currentUser, StaffAccountService staff, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.staff = staff;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        SignedIn user = currentUser.get().orElse(null);
        if (user == null || user.role() == Role.LEARNER) {
            return;
        }
        if (!staff.mayStaySignedIn(user.id())) {
            event.rerouteTo(StaffLoginView.class);
            authentication.logout();
        } else if (event.getNavigationTarget() != MyPasswordView.class && staff.mustChangePassword(user.id())) {
            event.forwardTo(MyPasswordView.class);
        }
    }
}
