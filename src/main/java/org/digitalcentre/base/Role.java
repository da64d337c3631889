package org.digitalcentre.base;

/** Who someone is for the app. View annotations use the names: {@code @RolesAllowed(Role.Names.TEACHER)}. */
public enum Role {
    LEARNER, TEACHER, AUTHOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String LEARNER = "LEARNER";
        public static final String TEACHER = "TEACHER";
        public static final String AUTHOR = "AUTHOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
