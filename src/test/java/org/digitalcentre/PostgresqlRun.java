package org.digitalcentre;

import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which tests the PostgreSQL run repeats (docs/decisions/0011-postgresql-tested.md): every test class that starts
 * Spring with the database ({@code @SpringBootTest} or {@code @DataJpaTest}, directly, inherited or on the class a
 * {@code @Nested} class sits in) and is neither a UI test ({@link KaribuTest}) nor a browser test
 * ({@link BrowserTest}). A new service test is picked up without any mark; one about H2 itself says
 * {@code @Tag(PostgresqlRun.H2_ONLY)}. JUnit finds this filter through
 * META-INF/services; it keeps every test unless {@value PostgresqlTestDatabase#SWITCH}=postgresql (the pom's
 * "postgresql" execution), but {@link PostgresqlServerTest}, which runs in that execution only. When the server does
 * not answer, that check is the run's one failure, with what to run, and the other tests are left out.
 */
public class PostgresqlRun implements PostDiscoveryFilter {

    /** The tag of a test about H2 itself (its file, its own backup commands): it runs on H2 only. */
    public static final String H2_ONLY = "h2-only";

    private static Boolean serverAnswers;

    @Override
    public FilterResult apply(TestDescriptor test) {
        Optional<Class<?>> testClass = classOf(test);
        if (!PostgresqlTestDatabase.isPostgresqlRun()) {
            return testClass.filter(PostgresqlServerTest.class::equals).isPresent()
                    ? FilterResult.excluded("checks the PostgreSQL run's server: runs in that run only")
                    : FilterResult.included("every test runs on H2");
        }
        if (testClass.filter(PostgresqlServerTest.class::equals).isPresent()) {
            return FilterResult.included("the PostgreSQL run checks its server first");
        }
        if (!serverAnswers() && serverCheckIsInThisRun(test)) {
            // One failure that says what to do (PostgresqlServerTest), not one per test.
            return FilterResult.excluded("PostgreSQL cannot be reached: PostgresqlServerTest says what to run");
        }
        return testClass.isPresent() && repeats(testClass.get())
                ? FilterResult.included("a Spring test with the database, not a UI or browser test")
                : FilterResult.excluded("not a service or repository test: runs on H2 only");
    }

    private static synchronized boolean serverAnswers() {
        if (serverAnswers == null) {
            try (Connection ignored = PostgresqlTestDatabase.connectToTheServer()) {
                serverAnswers = true;
            } catch (RuntimeException | SQLException e) {
                serverAnswers = false;
            }
        }
        return serverAnswers;
    }

    /** Whether the check is among the tests discovered (not with -Dtest=SomeOtherTest): else nothing is left out. */
    private static boolean serverCheckIsInThisRun(TestDescriptor test) {
        TestDescriptor root = test;
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        return root.getDescendants().stream().map(PostgresqlRun::classOf)
                .anyMatch(found -> found.filter(PostgresqlServerTest.class::equals).isPresent());
    }

    /** True for the tests that run a second time on PostgreSQL. */
    static boolean repeats(Class<?> testClass) {
        if (KaribuTest.class.isAssignableFrom(testClass) || BrowserTest.class.isAssignableFrom(testClass)) {
            return false;
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.findRepeatableAnnotations(c, Tag.class).stream()
                    .anyMatch(tag -> tag.value().equals(H2_ONLY))) {
                return false;
            }
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            MergedAnnotations annotations = MergedAnnotations.from(c, SearchStrategy.TYPE_HIERARCHY);
            if (annotations.isPresent(SpringBootTest.class) || annotations.isPresent(DataJpaTest.class)) {
                return true;
            }
        }
        return false;
    }

    /** The Jupiter test's class; none for other engines' tests (ArchUnit's rules), which stay on H2. */
    private static Optional<Class<?>> classOf(TestDescriptor test) {
        return test.getSource().flatMap(source -> {
            if (source instanceof MethodSource method) {
                return Optional.of(method.getJavaClass());
            }
            if (source instanceof ClassSource type) {
                return Optional.of(type.getJavaClass());
            }

            return Optional.empty();
        });
    }
}
