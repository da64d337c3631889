package org.digitalcentre.security;

import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff login form's POST, over HTTP through the whole security filter chain: it needs the CSRF token that the
 * page holds (Vaadin's configurer leaves the login page out of CSRF; ours does not), the session gets a new id at
 * sign-in, and a failed sign-in sends her back to the login page saying why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class StaffLoginFormTest {

    private static final String PASSWORD = "un jardin plein de tulipes";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccountService staffAccounts;

    @BeforeEach
    void anAuthor() {
        staffAccounts.open(new NewStaffAccount("alex", "Alex", PASSWORD, Role.AUTHOR));
    }

    @Test
    void a_sign_in_posted_without_the_csrf_token_is_refused_even_with_the_right_password() throws Exception {
        MvcResult result = mvc.perform(login("alex", PASSWORD).with(from("10.3.0.1")))
                .andExpect(status().isForbidden()).andReturn();

        assertThat(result.getRequest().getUserPrincipal()).isNull();
    }

    @Test
    void a_sign_in_posted_with_a_wrong_csrf_token_is_refused() throws Exception {
        mvc.perform(login("alex", PASSWORD).with(csrf().useInvalidToken()).with(from("10.3.0.2")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_right_password_with_the_token_signs_her_in_under_a_new_session_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(login("alex", PASSWORD).session(session).with(csrf()).with(from("10.3.0.3")))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("login");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void a_wrong_password_sends_her_back_with_the_general_message_and_the_fifth_with_the_locked_one() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("alex", "not-the-password").with(csrf()).with(from("10.3.0.4")))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("alex", "not-the-password").with(csrf()).with(from("10.3.0.4")))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login("alex", PASSWORD).with(csrf()).with(from("10.3.0.4")))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void an_address_with_too_many_wrong_passwords_is_sent_back_with_the_wait_message() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nobody" + i, "guess").with(csrf()).with(from("10.3.0.5")))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("alex", PASSWORD).with(csrf()).with(from("10.3.0.5")))
                .andExpect(redirectedUrl("/login?wait"));
    }

    private static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").param("username", username).param("password", password);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
