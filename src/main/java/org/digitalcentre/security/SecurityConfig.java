package org.digitalcentre.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.digitalcentre.base.QuickExitProperties;
import org.digitalcentre.base.ui.IdleGuard;
import org.digitalcentre.security.ui.StaffLoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Every view declares who may open it (Vaadin's annotations); a view without one is denied. Staff sign in on
 * {@link StaffLoginView}; learners on the tap-and-code screens, which call {@link LearnerSignIn}.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Our own plain-JavaScript components and the theme's images.
                .requestMatchers("/components/**", "/images/**").permitAll()
                // The way out of a shared computer (idle limit, quick exit) and quick exit's neutral page.
                .requestMatchers("/" + IdleGuard.LEAVE, QuickExitProperties.DEFAULT_ADDRESS).permitAll());
        // A learner's page asked for without a session (reloaded after a restart, or Back after she left) leads to
        // the cohort screen, the learners' way in; the staff login is for staff pages.
        http.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/"), new LearnerPages()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(StaffLoginView.class, "/"))
                .build();
    }

    /** Tells the app when a session ends, so that the live view drops a learner who has left. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
