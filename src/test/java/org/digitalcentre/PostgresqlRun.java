package org.digitalcentre;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

import java.util.Optional;

/**
 * Which tests the PostgreSQL run repeats (docs/decisions/0011-postgresql-tested.md): every test class that starts
 * Spring with the database ({@code @SpringBootTest} or {@code @DataJpaTest}, directly, inherited or on the class a
 * {@code @Nested} class sits in) and is neither a UI test ({@link KaribuTest}) nor a browser test
 * ({@link BrowserTest}). A new service test is picked up without any mark. JUnit finds this filter through
 * META-INF/services; it keeps every test unless {@value PostgresqlTestDatabase#SWITCH}=postgresql (the pom's
 * "postgresql" execution).
 */
public class PostgresqlRun implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor test) {
        if (!"postgresql".equals(System.getProperty(PostgresqlTestDatabase.SWITCH))) {
            return FilterResult.included("every test runs on H2");
        }
        Optional<Class<?>> testClass = classOf(test);
        return testClass.isPresent() && repeats(testClass.get())
                ? FilterResult.included("a Spring test with the database, not a UI or browser test")
                : FilterResult.excluded("not a service or repository test: runs on H2 only");
    }

    /** True for the tests that run a second time on PostgreSQL. */
    static boolean repeats(Class<?> testClass) {
        if (KaribuTest.class.isAssignableFrom(testClass) || BrowserTest.class.isAssignableFrom(testClass)) {
            return false;
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
