package org.digitalcentre.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.digitalcentre.base.AbstractEntity;
import org.digitalcentre.base.Role;

import java.time.Instant;

/**
 * A teacher, author or administrator, who signs in with a user name and a password (stored as a BCrypt hash of its
 * SHA-256, see docs/decisions/0006). Wrong passwords are counted by one UPDATE in {@link StaffAccountRepository}.
 */
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

    @Column(name = "wrong_passwords", nullable = false)
    private int wrongPasswords;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "demo_account", nullable = false)
    private boolean demoAccount;

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

    int getWrongPasswords() {
        return wrongPasswords;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean isDisabled() {
        return disabled;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    boolean isDemoAccount() {
        return demoAccount;
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    void markAsDemo() {
        this.demoAccount = true;
    }

    void mustChangePassword() {
        this.mustChangePassword = true;
    }

    /** A new password chosen by her: the temporary one, the demo one and any lock are gone. */
    void passwordChosen(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        this.demoAccount = false;
        unlock();
    }

    /** A temporary password an administrator gave: she must choose her own at her next sign-in. */
    void passwordReset(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        this.demoAccount = false;
        unlock();
    }

    /** The same password, hashed again the current way. */
    void rehashed(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void unlock() {
        this.wrongPasswords = 0;
        this.lockedUntil = null;
    }
}
