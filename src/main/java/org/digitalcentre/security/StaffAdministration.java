package org.digitalcentre.security;

import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortDetails;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.security.StaffAccountLine.State;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What administrators do with staff accounts: list them, open one (with a teacher's cohorts), disable and enable,
 * give a temporary password, unlock. Every method checks that an administrator is asking. A new account and a
 * reset one get a temporary password, shown once to the administrator; the person must choose hers at her next
 * sign-in.
 */
@Service
public class StaffAdministration {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied from a screen. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final StaffAccountRepository accounts;
    private final StaffAccountService staff;
    private final CohortAdministration cohorts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAdministration(StaffAccountRepository accounts, StaffAccountService staff, CohortAdministration cohorts,
                        PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.cohorts = cohorts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccountLine> accounts(SignedIn admin) {
        requireAdmin(admin);
        Instant now = clock.instant();
        return accounts.findAllByOrderByDisplayName().stream().map(account -> new StaffAccountLine(account.getId(),
                account.getDisplayName(), account.getUsername(), account.getRole(), stateOf(account, now))).toList();
    }

    /** The cohorts a new teacher can be given (every running cohort). */
    @Transactional(readOnly = true)
    public List<CohortSummary> cohorts(SignedIn admin) {
        requireAdmin(admin);
        return cohorts.cohorts(admin, false);
    }

    /**
     * Opens an account with a temporary password, and gives a teacher her cohorts. Returns the temporary password,
     * to be shown once. Throws {@link ConstraintViolationException} for a value that breaks a rule of
     * {@link NewStaffAccount} (the password is ours, so only the name, user name and role can), and
     * {@link StaffAccountService.UsernameTakenException}.
     */
    @Transactional
    public OpenedAccount open(SignedIn admin, String username, String displayName, Role role,
                              Collection<Long> cohortIds) {
        requireAdmin(admin);
        if (role == Role.LEARNER) {
            throw new IllegalArgumentException("Learners are enrolled in a cohort, not given a staff account");
        }
        String temporary = temporaryPassword();
        long id = staff.open(new NewStaffAccount(username, displayName, temporary, role));
        accounts.findById(id).orElseThrow().mustChangePassword();
        if (role == Role.TEACHER && cohortIds != null) {
            for (long cohortId : new HashSet<>(cohortIds)) {
                CohortSummary cohort = cohorts.cohort(admin, cohortId);
                CohortDetails details = cohort.details();
                Set<Long> teachers = new HashSet<>(details.teacherIds());
                teachers.add(id);
                cohorts.updateCohort(admin, cohortId, new CohortDetails(details.name(), details.centreId(),
                        details.startDate(), details.weeks(), teachers));
            }
        }
        return new OpenedAccount(id, temporary);
    }

    /**
     * A disabled account cannot sign in. An administrator cannot disable herself, and the last active
     * administrator cannot be disabled: someone must always be able to manage the app.
     */
    @Transactional
    public void setDisabled(SignedIn admin, long accountId, boolean disabled) {
        requireAdmin(admin);
        StaffAccount account = account(accountId);
        if (disabled && account.getId() == admin.id()) {
            throw new RefusedException(Refusal.DISABLE_YOURSELF);
        }
        if (disabled && account.getRole() == Role.ADMIN && !account.isDisabled()
                && accounts.countByRoleAndDisabledFalse(Role.ADMIN) <= 1) {
            throw new RefusedException(Refusal.LAST_ADMINISTRATOR);
        }
        account.setDisabled(disabled);
    }

    /** A new temporary password (returned, to be shown once); it also unlocks. She must choose hers next time. */
    @Transactional
    public String resetPassword(SignedIn admin, long accountId) {
        requireAdmin(admin);
        String temporary = temporaryPassword();
        account(accountId).passwordReset(passwordEncoder.encode(temporary));
        return temporary;
    }

    /** Lifts a lock left by too many wrong passwords before it runs out. */
    @Transactional
    public void unlock(SignedIn admin, long accountId) {
        requireAdmin(admin);
        account(accountId).unlock();
    }

    /** Three groups of four letters and digits, e.g. {@code kq7m-2xwp-h9fd}: 14 characters, about 59 bits. */
    String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        staff.requireGood(password.toString());
        return password.toString();
    }

    private StaffAccount account(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("No such staff account"));
    }

    private static State stateOf(StaffAccount account, Instant now) {
        if (account.isDisabled()) {
            return State.DISABLED;
        }
        if (account.isLockedAt(now)) {
            return State.LOCKED;
        }
        return account.isMustChangePassword() ? State.MUST_CHANGE_PASSWORD : State.ACTIVE;
    }

    private static void requireAdmin(SignedIn admin) {
        if (admin == null || admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators manage staff accounts");
        }
    }

    /** A new account's id and the temporary password to give her, shown once. */
    public record OpenedAccount(long id, String temporaryPassword) {
    }

    public enum Refusal {
        DISABLE_YOURSELF, LAST_ADMINISTRATOR
    }

    /** An action the rules refuse; the view says why in words. */
    public static class RefusedException extends RuntimeException {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super("Refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }
}
