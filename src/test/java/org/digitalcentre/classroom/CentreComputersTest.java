package org.digitalcentre.classroom;

import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreComputers.Computer;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CentreComputersTest {

    private static final String NO_TOKEN = null;

    @Autowired
    CentreComputers computers;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    ClassroomService classroom;

    private SignedIn admin;
    private SignedIn teacher;

    @BeforeEach
    void staff() {
        People people = new People(staffAccounts, classroom);
        people.openStaffAccount("claire", Role.ADMIN);
        people.openStaffAccount("sabine", Role.TEACHER);
        admin = (SignedIn) staffAccounts.loadUserByUsername("claire");
        teacher = (SignedIn) staffAccounts.loadUserByUsername("sabine");
    }

    @Test
    void an_unknown_computer_on_an_unknown_network_shows_no_names() {
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "203.0.113.9"))).isFalse();
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, null))).isFalse();
    }

    @Test
    void a_registered_computer_is_known_by_its_token_wherever_it_is() {
        String token = computers.register(new Computer(NO_TOKEN, "203.0.113.9"), "Poste 3");

        assertThat(computers.learnersMaySignInOn(new Computer(token, "198.51.100.4"))).isTrue();
        assertThat(computers.nameOf(new Computer(token, null))).contains("Poste 3");
        assertThat(computers.registered()).extracting(CentreComputers.RegisteredComputer::name).containsExactly("Poste 3");
    }

    @Test
    void a_made_up_token_is_worth_nothing() {
        computers.register(new Computer(NO_TOKEN, null), "Poste 3");

        String forged = "A".repeat(43);
        assertThat(computers.learnersMaySignInOn(new Computer(forged, "203.0.113.9"))).isFalse();
        assertThat(computers.nameOf(new Computer(forged, null))).isEmpty();
    }

    @Test
    void registering_again_renames_the_computer_and_keeps_its_token() {
        String token = computers.register(new Computer(NO_TOKEN, null), "Poste 3");

        assertThat(computers.register(new Computer(token, null), "Poste 4")).isEqualTo(token);
        assertThat(computers.nameOf(new Computer(token, null))).contains("Poste 4");
        assertThat(computers.registered()).hasSize(1);
    }

    @Test
    void a_forgotten_computer_no_longer_shows_names() {
        String token = computers.register(new Computer(NO_TOKEN, null), "Poste 3");

        computers.forget(computers.registered().get(0).id());

        assertThat(computers.learnersMaySignInOn(new Computer(token, "203.0.113.9"))).isFalse();
    }

    @Test
    void every_computer_of_a_listed_network_shows_names_and_no_other() {
        computers.allowNetwork(admin, "192.168.1.0/24");
        computers.allowNetwork(admin, "fd00:1::/64");
        computers.allowNetwork(admin, "10.0.0.7");

        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "192.168.1.37"))).isTrue();
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "fd00:1:0:0:0:0:0:5"))).isTrue();
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "10.0.0.7"))).isTrue();
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "192.168.2.37"))).isFalse();
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "10.0.0.8"))).isFalse();
        assertThat(computers.networks()).containsExactly("10.0.0.7", "192.168.1.0/24", "fd00:1::/64");

        computers.removeNetwork(admin, "192.168.1.0/24");
        assertThat(computers.learnersMaySignInOn(new Computer(NO_TOKEN, "192.168.1.37"))).isFalse();
    }

    @Test
    void only_address_ranges_are_accepted_never_a_host_name() {
        for (String wrong : List.of("", "localhost", "abc", "centre.example", "192.168.1", "192.168.1.0/40",
                "300.1.1.1", "192.168.1.0/24; drop", "http://192.168.1.1")) {
            assertThat(CentreComputers.isValidRange(wrong)).as(wrong).isFalse();
            assertThatThrownBy(() -> computers.allowNetwork(admin, wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(computers.networks()).isEmpty();
    }

    @Test
    void only_an_administrator_changes_the_networks() {
        assertThatThrownBy(() -> computers.allowNetwork(teacher, "192.168.1.0/24"))
                .isInstanceOf(AccessDeniedException.class);
        computers.allowNetwork(admin, "192.168.1.0/24");
        assertThatThrownBy(() -> computers.removeNetwork(teacher, "192.168.1.0/24"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(computers.networks()).containsExactly("192.168.1.0/24");
    }

    @Test
    void the_first_start_proposes_the_whole_local_network_of_an_address() throws Exception {
        Inet4Address address = (Inet4Address) InetAddress.getByName("192.168.1.37");

        assertThat(CentreComputers.networkAddress(address, 24)).isEqualTo("192.168.1.0/24");
        assertThat(CentreComputers.networkAddress(address, 16)).isEqualTo("192.168.0.0/16");
        assertThat(CentreComputers.isValidRange(CentreComputers.networkAddress(address, 24))).isTrue();
    }
}
