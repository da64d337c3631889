package org.digitalcentre.security;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.StaffDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** Staff accounts: opening one, and finding one when someone signs in with a password. */
@Service
public class StaffAccountService implements UserDetailsService, StaffDirectory {

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;

    StaffAccountService(StaffAccountRepository accounts, PasswordEncoder passwordEncoder, Validator validator) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : normalised(username))
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account with that user name"));
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
        var violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (usernameTaken(account.username())) {
            throw new UsernameTakenException();
        }
        return accounts.save(new StaffAccount(normalised(account.username()), passwordEncoder.encode(account.password()),
                account.displayName().strip(), account.role())).getId();
    }

    /** The first administrator; refused once any staff account exists, so the set-up page cannot be reused. */
    @Transactional
    public long openFirstAdministrator(String username, String displayName, String password) {
        if (!noStaffYet()) {
            throw new IllegalStateException("An administrator already exists");
        }
        return open(new NewStaffAccount(username, displayName, password, Role.ADMIN));
    }

    /** User names are kept in lower case, so that the database's unique constraint ignores case too. */
    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public static class UsernameTakenException extends RuntimeException {
        UsernameTakenException() {
            super("That user name is already in use");
        }
    }
}
