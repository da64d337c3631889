package org.digitalcentre.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who is signed in now, read from Spring Security's context. */
@Component
public class CurrentUser {

    public Optional<SignedIn> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn);
        }
        return Optional.empty();
    }

    /** For views that only that role can open: the access check has already made sure someone is there. */
    public SignedIn require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** The id of the signed-in learner; fails for staff, so a learner's data is never read for someone else. */
    public long learnerId() {
        SignedIn signedIn = require();
        if (signedIn.role() != Role.LEARNER) {
            throw new IllegalStateException("The signed-in person is not a learner");
        }
        return signedIn.id();
    }
}
