package org.digitalcentre.security;

import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in member of staff. */
class StaffPrincipal extends User implements SignedIn {

    private final long id;
    private final String displayName;
    private final Role role;

    /** {@code locked}: too many wrong passwords, until the lock runs out or an administrator unlocks her. */
    StaffPrincipal(StaffAccount account, boolean locked) {
        super(account.getUsername(), account.getPasswordHash(), !account.isDisabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.id = account.getId();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }
}
