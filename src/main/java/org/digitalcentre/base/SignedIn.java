package org.digitalcentre.base;

/**
 * The person behind the current session, whether a learner (who signed in with her code) or staff (with a
 * password). Implemented by the security feature's principals so that every feature can ask who is there
 * without depending on how she signed in.
 */
public interface SignedIn {
    /** The learner's id for a learner, the staff account's id for staff. */
    long id();

    String displayName();

    Role role();
}
