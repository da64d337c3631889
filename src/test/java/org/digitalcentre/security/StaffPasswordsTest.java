package org.digitalcentre.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a staff password, at both ends of the length and against the common ones, and how it is hashed. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class StaffPasswordsTest {

    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void nine_characters_are_refused_as_too_short_and_ten_are_accepted() {
        assertThat(refusal("abcdefghi")).isEqualTo("staff.password.too-short");
        assertThat(staffAccounts.open(account("claire", "kx7-pq2-w9"))).isPositive();
    }

    @Test
    void a_hundred_and_twenty_eight_characters_are_accepted_and_one_more_is_refused_as_too_long() {
        String longest = "tulipe ".repeat(17) + "jardin-!!";
        assertThat(longest).hasSize(128);

        assertThat(refusal(longest + "x")).isEqualTo("staff.password.too-long");
        staffAccounts.open(account("claire", longest));
        assertThat(passwordEncoder.matches(longest, staffAccounts.loadUserByUsername("claire").getPassword()))
                .isTrue();
    }

    @Test
    void a_common_password_is_refused_whatever_its_capitals() {
        assertThat(refusal("password123")).isEqualTo("staff.password.common");
        assertThat(refusal("Password123")).isEqualTo("staff.password.common");
        assertThat(refusal("azertyuiop")).isEqualTo("staff.password.common");
        assertThat(refusal("MotDePasse123")).isEqualTo("staff.password.common");
        assertThat(staffAccounts.noStaffYet()).isTrue();
    }

    @Test
    void a_long_password_counts_in_full_beyond_bcrypts_72_bytes() {
        String first72 = "Le petit chat de Amina dort au soleil sur la chaise bleue de la cuisine.";
        assertThat(first72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String chosen = first72 + " Il rêve de sardines........";
        String other = first72 + " Il rêve de croquettes......";
        assertThat(chosen).hasSize(100).isNotEqualTo(other);
        assertThat(other).hasSize(100);

        staffAccounts.open(account("claire", chosen));
        String stored = staffAccounts.loadUserByUsername("claire").getPassword();

        assertThat(passwordEncoder.matches(chosen, stored)).isTrue();
        assertThat(passwordEncoder.matches(other, stored)).as("same first 72 bytes, different end").isFalse();
        assertThat(passwordEncoder.matches(first72, stored)).isFalse();
    }

    @Test
    void hashes_made_before_plain_bcrypt_still_match_staff_passwords_and_learners_codes_alike() {
        String oldStaffHash = new BCryptPasswordEncoder().encode("demo-password");
        String oldCodeHash = new BCryptPasswordEncoder().encode("1234");

        assertThat(passwordEncoder.matches("demo-password", oldStaffHash)).isTrue();
        assertThat(passwordEncoder.matches("1234", oldCodeHash)).isTrue();
        assertThat(passwordEncoder.matches("1235", oldCodeHash)).isFalse();
        assertThat(passwordEncoder.encode("1234")).startsWith("{bcrypt-sha256}$2");
        assertThat(passwordEncoder.matches("1234", passwordEncoder.encode("1234"))).isTrue();
    }

    @Test
    void the_rules_apply_when_she_changes_her_own_password() {
        staffAccounts.open(account("claire", "kx7-pq2-w9"));
        var claire = (org.digitalcentre.base.SignedIn) staffAccounts.loadUserByUsername("claire");

        assertThatThrownBy(() -> staffAccounts.changeOwnPassword(claire, "kx7-pq2-w9", "password123"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused ->
                        assertThat(refused.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                                .containsExactly("staff.password.common"));
        assertThatThrownBy(() -> staffAccounts.changeOwnPassword(claire, "kx7-pq2-w9", "short"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> staffAccounts.changeOwnPassword(claire, "kx7-pq2-w9", "kx7-pq2-w9"))
                .isInstanceOf(StaffAccountService.SamePasswordException.class);
        assertThatThrownBy(() -> staffAccounts.changeOwnPassword(claire, "not-the-current", "un jardin fleuri"))
                .isInstanceOf(StaffAccountService.WrongPasswordException.class);

        staffAccounts.changeOwnPassword(claire, "kx7-pq2-w9", "un jardin fleuri");
        String stored = staffAccounts.loadUserByUsername("claire").getPassword();
        assertThat(passwordEncoder.matches("un jardin fleuri", stored)).isTrue();
        assertThat(passwordEncoder.matches("kx7-pq2-w9", stored)).isFalse();
    }

    private String refusal(String password) {
        try {
            staffAccounts.open(account("refused", password));
        } catch (ConstraintViolationException refused) {
            return refused.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                    .reduce((a, b) -> a + "," + b).orElseThrow();
        }
        throw new AssertionError(password + " was accepted");
    }

    private static NewStaffAccount account(String username, String password) {
        return new NewStaffAccount(username, "Claire", password, Role.ADMIN);
    }
}
