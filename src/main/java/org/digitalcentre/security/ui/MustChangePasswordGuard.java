package org.digitalcentre.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountService;
import org.springframework.stereotype.Component;

/**
 * A member of staff who signed in with a temporary password (a new account, a reset, or a demo account outside the
 * demo profile) can open nothing but "My password" until she has chosen her own.
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final StaffAccountService staff;

    MustChangePasswordGuard(CurrentUser currentUser, StaffAccountService staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == MyPasswordView.class) {
            return;
        }
        SignedIn user = currentUser.get().orElse(null);
        if (user != null && user.role() != Role.LEARNER && staff.mustChangePassword(user.id())) {
            event.forwardTo(MyPasswordView.class);
        }
    }
}
