package org.digitalcentre.backup;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actuator's health over HTTP through the whole security filter chain (the same Spring context as
 * StaffLoginFormTest): for the computer the app runs on and for a signed-in administrator, nobody else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathMappedEndpoints endpoints;

    @Test
    void from_the_computer_itself_it_reports_the_database_and_the_disk_space() throws Exception {
        for (String loopback : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            mvc.perform(get("/actuator/health").with(from(loopback)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components.db.status").value("UP"))
                    .andExpect(jsonPath("$.components.db.details.database").isNotEmpty())
                    .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
                    .andExpect(jsonPath("$.components.diskSpace.details.free").isNumber());
        }
    }

    @Test
    void from_another_computer_without_signing_in_it_is_refused() throws Exception {
        String body = mvc.perform(get("/actuator/health").with(from("203.0.113.7")))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("UP").doesNotContain("diskSpace");
    }

    @Test
    void a_signed_in_teacher_on_another_computer_is_refused() throws Exception {
        mvc.perform(get("/actuator/health").with(from("10.1.2.3")).with(user("teacher").roles("TEACHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_signed_in_administrator_on_another_computer_may_see_it() throws Exception {
        mvc.perform(get("/actuator/health").with(from("10.1.2.3")).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void no_other_actuator_endpoint_is_exposed() {
        assertThat(endpoints.getAllPaths()).containsExactly("/actuator/health");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
