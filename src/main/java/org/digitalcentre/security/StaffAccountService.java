package org.digitalcentre.security;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.StaffDirectory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Staff accounts: opening one, finding one when someone signs in with a password, counting wrong passwords (the
 * account is locked for a while after too many), and each person changing her own password.
 */
@Service
public class StaffAccountService implements UserDetailsService, UserDetailsPasswordService, StaffDirectory {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final StaffSignInProperties settings;
    private final Clock clock;
    private final Environment environment;

    StaffAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Validator validator,
                        StaffSignInProperties settings, Clock clock, Environment environment) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
        this.environment = environment;
    }

    /** The account behind a user name, with whether it is locked or disabled now (Spring Security refuses those). */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : normalised(username))
                .map(account -> new StaffPrincipal(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No staff account with that user name"));
    }

    /**
     * A password stored before 0006 (plain BCrypt) is hashed again the new way at her next right sign-in; Spring's
     * check hands over the new hash (never the password).
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        StaffAccount account = accounts.findByUsername(normalised(user.getUsername())).orElseThrow(
                () -> new UsernameNotFoundException("No staff account with that user name"));
        account.rehashed(newPasswordHash);
        return new StaffPrincipal(account, account.isLockedAt(clock.instant()));
    }

    /** Everyone with the teacher role, by name: the people a cohort can be given to. */
    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> teachers() {
        return accounts.findByRoleOrderByDisplayName(Role.TEACHER).stream()
                .map(account -> new StaffMember(account.getId(), account.getDisplayName())).toList();
    }

    /** Before anyone has an account, the first start asks for the administrator's. */
    @Transactional(readOnly = true)
    public boolean noStaffYet() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return accounts.existsByUsername(normalised(username));
    }

    /**
     * Opens an account. Throws {@link ConstraintViolationException} for a value that breaks a rule of
     * {@link NewStaffAccount}, and {@link UsernameTakenException} when the name is in use.
     */
    @Transactional
    public long open(NewStaffAccount account) {
        return openAccount(account).getId();
    }

    /**
     * An account of the demo profile, whose password everyone can read in README.md: outside the demo profile it
     * must be changed at its first sign-in.
     */
    @Transactional
    public long openDemoAccount(NewStaffAccount account) {
        StaffAccount opened = openAccount(account);
        opened.markAsDemo();
        return opened.getId();
    }

    /** The first administrator; refused once any staff account exists, so the set-up page cannot be reused. */
    @Transactional
    public long openFirstAdministrator(String username, String displayName, String password) {
        if (!noStaffYet()) {
            throw new IllegalStateException("An administrator already exists");
        }
        return open(new NewStaffAccount(username, displayName, password, Role.ADMIN));
    }

    /**
     * A wrong password typed for this user name: counted in one UPDATE (tries at the same moment are each counted
     * once, the row held until the transaction ends); the try that reaches the limit locks the account for the
     * configured time. An unknown name changes nothing. Returns whether the account is locked now.
     */
    @Transactional
    public boolean wrongPassword(String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        Instant now = clock.instant();
        if (accounts.countWrongPassword(normalised(username), now) > 0) {
            accounts.lockOnceCountReached(normalised(username), settings.staffWrongPasswords(),
                    now.plus(settings.staffLockFor()));
        }
        return accounts.findByUsername(normalised(username)).map(account -> account.isLockedAt(now)).orElse(false);
    }

    /**
     * The right password: the count of wrong ones starts again. A demo account signing in outside the demo profile
     * must now choose its own password.
     */
    @Transactional
    public void rightPassword(String username) {
        accounts.countRightPassword(normalised(username));
        accounts.findByUsername(normalised(username))
                .filter(account -> account.isDemoAccount() && !environment.matchesProfiles("demo"))
                .ifPresent(StaffAccount::mustChangePassword);
    }

    /** She signed in with a temporary password (or a demo one outside the demo profile): she must choose hers. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(long staffId) {
        return accounts.findById(staffId).map(StaffAccount::isMustChangePassword).orElse(false);
    }

    /**
     * Whether a member of staff who signed in earlier may go on: not when an administrator has disabled her account
     * since (or removed it).
     */
    @Transactional(readOnly = true)
    public boolean mayStaySignedIn(long staffId) {
        return accounts.findById(staffId).map(account -> !account.isDisabled()).orElse(false);
    }

    /**
     * Changes her own password. Throws {@link WrongPasswordException} when the current one is not right (counted
     * as a wrong password, so a session left open cannot be used to guess it), {@link ConstraintViolationException}
     * when the new one breaks a rule of {@link GoodPassword}, and {@link SamePasswordException} when it is the one
     * she has now.
     */
    @Transactional(noRollbackFor = WrongPasswordException.class)
    public void changeOwnPassword(SignedIn me, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findById(me.id())
                .filter(found -> found.getRole() == me.role() && found.getRole() != Role.LEARNER)
                .orElseThrow(() -> new IllegalStateException("No staff account for the signed-in person"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            wrongPassword(account.getUsername());
            throw new WrongPasswordException();
        }
        requireGood(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new SamePasswordException();
        }
        accounts.findById(me.id()).orElseThrow().passwordChosen(passwordEncoder.encode(newPassword));
    }

    void requireGood(String password) {
        var violations = validator.validate(new ChosenPassword(password));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private StaffAccount openAccount(NewStaffAccount account) {
        var violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (usernameTaken(account.username())) {
            throw new UsernameTakenException();
        }
        return accounts.save(new StaffAccount(normalised(account.username()),
                passwordEncoder.encode(account.password()), account.displayName().strip(), account.role()));
    }

    /** User names are kept in lower case, so that the database's unique constraint ignores case too. */
    static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public static class UsernameTakenException extends RuntimeException {
        UsernameTakenException() {
            super("That user name is already in use");
        }
    }

    /** The current password she typed is not right. */
    public static class WrongPasswordException extends RuntimeException {
        WrongPasswordException() {
            super("The current password is not right");
        }
    }

    /** The new password is the one she has now. */
    public static class SamePasswordException extends RuntimeException {
        SamePasswordException() {
            super("The new password is the current one");
        }
    }
}
