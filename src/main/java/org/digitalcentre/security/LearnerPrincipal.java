package org.digitalcentre.security;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;

import java.io.Serializable;
import java.security.Principal;

/** A learner signed in at a workstation with her code. */
record LearnerPrincipal(long id, String displayName, long cohortId) implements SignedIn, Principal, Serializable {

    @Override
    public Role role() {
        return Role.LEARNER;
    }

    @Override
    public String getName() {
        return "learner-" + id;
    }
}
