package org.digitalcentre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.digitalcentre.base.AbstractEntity;
import org.digitalcentre.base.Role;

/** A teacher, author or administrator, who signs in with a user name and a password (stored as a BCrypt hash). */
@Entity
public class StaffAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = NewStaffAccount.USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = NewStaffAccount.DISPLAY_NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }
}
