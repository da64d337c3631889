package org.digitalcentre.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountService.UsernameTakenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class StaffAccountServiceTest {

    private static final String TEN_CHARACTERS = "mk7-rb4-q9";

    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_password_of_nine_characters_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> staffAccounts.open(account("claire", "012345678")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, refused ->
                        assertThat(refused.getConstraintViolations())
                                .extracting(ConstraintViolation::getMessage)
                                .containsExactly("staff.password.too-short"));

        assertThat(staffAccounts.noStaffYet()).isTrue();
    }

    @Test
    void a_password_of_ten_characters_is_accepted() {
        long id = staffAccounts.open(account("claire", TEN_CHARACTERS));

        assertThat(staffAccounts.noStaffYet()).isFalse();
        assertThat(((SignedIn) staffAccounts.loadUserByUsername("claire")).id()).isEqualTo(id);
    }

    @Test
    void the_password_is_stored_as_a_bcrypt_hash_never_as_typed() {
        staffAccounts.open(account("claire", TEN_CHARACTERS));

        String stored = staffAccounts.loadUserByUsername("claire").getPassword();
        assertThat(stored).startsWith("{bcrypt-sha256}$2").isNotEqualTo(TEN_CHARACTERS).doesNotContain(TEN_CHARACTERS);
        assertThat(passwordEncoder.matches(TEN_CHARACTERS, stored)).isTrue();
    }

    @Test
    void a_user_name_already_taken_is_refused_whatever_its_case() {
        staffAccounts.open(account("claire", TEN_CHARACTERS));

        assertThatThrownBy(() -> staffAccounts.open(account("claire", "another-password")))
                .isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> staffAccounts.open(account("Claire", "another-password")))
                .isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> staffAccounts.open(account("CLAIRE", "another-password")))
                .isInstanceOf(UsernameTakenException.class);
        assertThat(staffAccounts.usernameTaken(" CLAIRE ")).isTrue();
    }

    @Test
    void the_first_administrator_is_opened_on_an_empty_database() {
        staffAccounts.openFirstAdministrator("claire", "Claire", TEN_CHARACTERS);

        assertThat(((SignedIn) staffAccounts.loadUserByUsername("claire")).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void the_first_administrator_is_refused_once_any_account_exists() {
        staffAccounts.open(new NewStaffAccount("sabine", "Sabine", TEN_CHARACTERS, Role.TEACHER));

        assertThatThrownBy(() -> staffAccounts.openFirstAdministrator("mallory", "Mallory", TEN_CHARACTERS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> staffAccounts.loadUserByUsername("mallory"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_user_name_is_kept_in_lower_case_so_that_the_database_refuses_a_twin_in_other_capitals() {
        staffAccounts.open(account(" Claire.Martin ", TEN_CHARACTERS));

        assertThat(staffAccounts.loadUserByUsername("claire.martin").getUsername()).isEqualTo("claire.martin");
    }

    @Test
    void signing_in_ignores_the_case_and_the_spaces_around_the_user_name() {
        staffAccounts.open(account("claire", TEN_CHARACTERS));

        UserDetails user = staffAccounts.loadUserByUsername("  CLAIRE ");

        assertThat(user.getUsername()).isEqualTo("claire");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }

    @Test
    void an_unknown_user_name_is_not_found() {
        staffAccounts.open(account("claire", TEN_CHARACTERS));

        assertThatThrownBy(() -> staffAccounts.loadUserByUsername("sabine"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> staffAccounts.loadUserByUsername(""))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> staffAccounts.loadUserByUsername(null))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    private static NewStaffAccount account(String username, String password) {
        return new NewStaffAccount(username, "Claire Administratrice", password, Role.ADMIN);
    }
}
