package org.digitalcentre.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.digitalcentre.base.QuickExitProperties;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.IdleGuard;
import org.digitalcentre.security.StaffPasswordCheck.TooManyTriesFromAddressException;
import org.digitalcentre.security.ui.StaffLoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.util.Map;

/**
 * Every view declares who may open it (Vaadin's annotations); a view without one is denied. Staff sign in on
 * {@link StaffLoginView} (checked by {@link StaffPasswordCheck}); learners on the tap-and-code screens, which call
 * {@link LearnerSignIn}.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /** Where the login form sends her back, and what the login page then says. */
    public static final String LOGIN_ROUTE = "login";
    public static final String LOCKED = "locked";
    public static final String WAIT = "wait";
    /** Actuator's health endpoint, the only one exposed. */
    public static final String HEALTH = "/actuator/health/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Our own plain-JavaScript components and the theme's images.
                .requestMatchers("/components/**", "/images/**").permitAll()
                // The way out of a shared computer (idle limit, quick exit) and quick exit's neutral page.
                .requestMatchers("/" + IdleGuard.LEAVE, QuickExitProperties.DEFAULT_ADDRESS).permitAll()
                // The health of the database and of the data folder's disk (Actuator): for a signed-in
                // administrator, or for the computer the app runs on (a monitoring script). docs/decisions/0010.
                .requestMatchers(HEALTH).access(new WebExpressionAuthorizationManager(
                        "hasRole('" + Role.Names.ADMIN + "') or hasIpAddress('127.0.0.1') or hasIpAddress('::1')")));
        http.headers(BrowserPolicy.headers());
        // Vaadin's configurer exempts the login page from CSRF; we keep the exemption for Vaadin's own requests
        // (which carry their own token) only, so that the login form's POST needs the token the page holds.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?" + LOCKED,
                TooManyTriesFromAddressException.class.getName(), "/login?" + WAIT));
        // The login page is named here too: a form login configured before Vaadin's configurer names it would
        // otherwise get Spring's generated login page.
        http.formLogin(form -> form.loginPage("/" + LOGIN_ROUTE).failureHandler(failure));
        // A learner's page asked for without a session (reloaded after a restart, or Back after she left) leads to
        // the cohort screen, the learners' way in; the staff login is for staff pages.
        http.exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/"), new LearnerPages())
                // A monitoring tool asking for the health from elsewhere gets a plain "401", not the login page.
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher(HEALTH)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(StaffLoginView.class, "/")
                        .enableCsrfConfiguration(false))
                .build();
    }

    /** Tells the app when a session ends, so that the live view drops a learner who has left. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * New hashes are {@code {bcrypt-sha256}} (BCrypt of the SHA-256, so that every character of a long password
     * counts); hashes stored before, without a prefix, are plain BCrypt and still match (staff passwords and
     * learners' codes alike). See docs/decisions/0006-staff-passwords.md.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = new DelegatingPasswordEncoder(PreHashedBCrypt.ID, Map.of(
                PreHashedBCrypt.ID, new PreHashedBCrypt(),
                "bcrypt", new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
