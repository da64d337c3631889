package org.digitalcentre.security.ui;

import org.digitalcentre.base.SignedIn;

/** Where someone who is already signed in belongs: her own first page. */
final class SignedInLanding {

    private SignedInLanding() {
    }

    static String pathFor(SignedIn user) {
        return switch (user.role()) {
            case LEARNER -> "home";
            case TEACHER, ADMIN -> "cohort-progress";
            case AUTHOR -> "library";
        };
    }
}
