package org.digitalcentre.security;

import org.digitalcentre.MovableClock;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountLine.State;
import org.digitalcentre.security.StaffPasswordCheck.TooManyTriesFromAddressException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in with a password as the login form does: the lock per account, the throttle per address. */
@SpringBootTest
@ActiveProfiles("test")
@Import(MovableClock.InTests.class)
@Transactional
class StaffSignInTest {

    private static final String PASSWORD = "un jardin plein de tulipes";
    /** Each test signs in from its own address: the throttle lives as long as the app. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    StaffPasswordCheck passwordCheck;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    StaffAdministration administration;
    @Autowired
    MovableClock clock;
    @Autowired
    StaffAccountRepository accounts;

    private String address;
    private SignedIn admin;

    @BeforeEach
    void anAdministratorAndAnAuthor() {
        clock.setTo(Instant.parse("2026-09-07T08:00:00Z"));
        address = "10.1.0." + ADDRESSES.incrementAndGet();
        staffAccounts.open(new NewStaffAccount("claire", "Claire", PASSWORD, Role.ADMIN));
        staffAccounts.open(new NewStaffAccount("alex", "Alex", PASSWORD, Role.AUTHOR));
        admin = (SignedIn) staffAccounts.loadUserByUsername("claire");
    }

    @Test
    void the_right_password_signs_her_in() {
        Authentication signedIn = signIn("alex", PASSWORD);

        assertThat(((SignedIn) signedIn.getPrincipal()).role()).isEqualTo(Role.AUTHOR);
    }

    @Test
    void four_wrong_passwords_do_not_lock_the_fifth_locks_and_says_so_and_then_the_right_one_is_refused() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("alex", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(stateOf("alex")).isEqualTo(State.ACTIVE);

        assertThatThrownBy(() -> signIn("alex", "not-the-password")).isInstanceOf(LockedException.class);

        assertThat(stateOf("alex")).isEqualTo(State.LOCKED);
        assertThatThrownBy(() -> signIn("alex", PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void the_right_password_starts_the_count_again() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("alex", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("alex", PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("alex", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn("alex", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void the_lock_runs_out_after_fifteen_minutes_and_the_count_starts_again() {
        lock("alex");

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> signIn("alex", PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(stateOf("alex")).isEqualTo(State.ACTIVE);
        assertThatThrownBy(() -> signIn("alex", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("alex", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_administrator_unlocks_a_locked_account_before_the_lock_runs_out() {
        lock("alex");

        administration.unlock(admin, idOf("alex"));

        assertThat(stateOf("alex")).isEqualTo(State.ACTIVE);
        assertThat(signIn("alex", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_user_name_is_refused_as_a_wrong_password_would_be() {
        assertThatThrownBy(() -> signIn("nobody", PASSWORD))
                .isExactlyInstanceOf(BadCredentialsException.class);
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> signIn("nobody", PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void a_disabled_account_cannot_sign_in_even_with_the_right_password() {
        administration.setDisabled(admin, idOf("alex"), true);

        assertThatThrownBy(() -> signIn("alex", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(stateOf("alex")).isEqualTo(State.DISABLED);

        administration.setDisabled(admin, idOf("alex"), false);
        assertThat(signIn("alex", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void twenty_wrong_passwords_from_one_address_refuse_it_for_a_while_whatever_the_account() {
        for (int i = 0; i < 20; i++) {
            String someone = "someone" + i;
            assertThatThrownBy(() -> signIn(someone, "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("alex", PASSWORD)).isInstanceOf(TooManyTriesFromAddressException.class);
        String elsewhere = "10.2.0." + ADDRESSES.incrementAndGet();
        assertThat(signInFrom(elsewhere, "alex", PASSWORD).isAuthenticated()).as("another computer").isTrue();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn("alex", PASSWORD).isAuthenticated()).as("a quarter of an hour later").isTrue();
    }

    @Test
    void a_demo_account_outside_the_demo_profile_must_change_its_password_at_first_sign_in() {
        long demo = staffAccounts.openDemoAccount(new NewStaffAccount("teacher", "Sabine", "demo-password",
                Role.TEACHER));
        assertThat(staffAccounts.mustChangePassword(demo)).isFalse();

        signIn("teacher", "demo-password");

        assertThat(staffAccounts.mustChangePassword(demo)).isTrue();
    }

    @Test
    void a_password_stored_as_plain_bcrypt_before_still_signs_in_and_is_then_stored_the_new_way() {
        accounts.save(new StaffAccount("legacy", new BCryptPasswordEncoder().encode(PASSWORD), "Legacy", Role.AUTHOR));

        signIn("legacy", PASSWORD);

        String stored = accounts.findByUsername("legacy").orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt-sha256}$2");
        assertThat(signIn("legacy", PASSWORD).isAuthenticated()).isTrue();
    }

    private void lock(String username) {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(username, "not-the-password")).isInstanceOf(
                    i < 4 ? BadCredentialsException.class : LockedException.class);
        }
        assertThat(stateOf(username)).isEqualTo(State.LOCKED);
    }

    private Authentication signIn(String username, String password) {
        return signInFrom(address, username, password);
    }

    private Authentication signInFrom(String from, String username, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(from);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return passwordCheck.authenticate(attempt);
    }

    private State stateOf(String username) {
        return administration.accounts(admin).stream().filter(line -> line.username().equals(username))
                .findFirst().orElseThrow().state();
    }

    private long idOf(String username) {
        return ((SignedIn) staffAccounts.loadUserByUsername(username)).id();
    }
}
