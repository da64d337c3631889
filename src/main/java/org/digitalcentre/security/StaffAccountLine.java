package org.digitalcentre.security;

import org.digitalcentre.base.Role;

/** One staff account as the administrators' list shows it. */
public record StaffAccountLine(long id, String displayName, String username, Role role, State state) {

    /** What the account can do now, most important first: disabled beats locked, locked beats must-change. */
    public enum State {
        ACTIVE, DISABLED, LOCKED, MUST_CHANGE_PASSWORD
    }
}
