package org.digitalcentre.privacy;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.access.AccessDeniedException;

/** Only administrators export, erase or anonymise a learner, whatever the screen allowed. */
final class PrivacyAccess {

    private PrivacyAccess() {
    }

    static void requireAdmin(SignedIn staff) {
        if (staff == null || staff.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators handle learners' personal data");
        }
    }
}
