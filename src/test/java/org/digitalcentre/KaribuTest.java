package org.digitalcentre;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

/**
 * The one base class of UI tests: the whole app on an in-memory H2 database (each test rolled back), Vaadin mocked
 * by Karibu, routes discovered once. Karibu 2.4.2 has no Spring Security bridge, so the mock request reads the
 * signed-in person and her roles from Spring's SecurityContext, as the real request wrapper does.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
public abstract class KaribuTest {

    protected static final String PASSWORD = People.PASSWORD;

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected StaffAccountService staffAccounts;
    @Autowired
    protected ClassroomService classroom;
    @Autowired
    protected CentreComputers centreComputers;

    /** Who sets up the centre's networks in tests: an administrator, as on the "Computers" page. */
    protected static final SignedIn CENTRE_ADMIN = new SignedIn() {
        public long id() {
            return -1;
        }

        public String displayName() {
            return "Test administrator";
        }

        public Role role() {
            return Role.ADMIN;
        }
    };
    /** Karibu's requests come from this address: the test computer is on the centre's network, as in the demo. */
    protected static final String TEST_COMPUTER_NETWORK = "127.0.0.0/8";

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.digitalcentre");
            // Karibu's discovery skips package-private classes, and our views are package-private by design.
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (var candidate : scanner.findCandidateComponents("org.digitalcentre")) {
                routes.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                        .asSubclass(Component.class));
            }
        }
    }

    @BeforeEach
    void setUpVaadin() {
        // Spring Security's holder is static: a test class with another Spring context (another clock, a real
        // server) replaces its strategy. Take this context's back, or a sign-out here would clear another's.
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        centreComputers.allowNetwork(CENTRE_ADMIN, TEST_COMPUTER_NETWORK);
        MockVaadin.setMockRequestFactory(KaribuTest::requestFollowingSpringSecurity);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // Tests read the English texts: choose English as a learner would at the workstation, then start afresh.
        VaadinSession.getCurrent().setAttribute(Locale.class, Locale.ENGLISH);
        UI.getCurrent().getPage().reload();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private static FakeRequest requestFollowingSpringSecurity(FakeHttpSession session) {
        FakeRequest request = new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication == null || authentication instanceof AnonymousAuthenticationToken
                        ? null : authentication;
            }
        };
        request.setUserInRole((principal, role) -> principal instanceof Authentication authentication
                && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return request;
    }

    /** Signs a member of staff in, as the password form would. */
    protected void signInAsStaff(String username) {
        UserDetails user = staffAccounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    protected long openStaffAccount(String username, Role role) {
        return people().openStaffAccount(username, role);
    }

    /** A centre, a cohort taught by the given staff, and learners with codes 1111, 2222, ... */
    protected Cohort createCohort(String name, List<Long> teacherIds, String... firstNames) {
        return people().createCohort(name, teacherIds, firstNames);
    }

    protected static String codeOf(int learnerIndex) {
        return People.codeOf(learnerIndex);
    }

    private People people() {
        return new People(staffAccounts, classroom);
    }
}
