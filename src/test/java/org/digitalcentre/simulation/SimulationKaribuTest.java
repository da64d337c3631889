package org.digitalcentre.simulation;

import jakarta.persistence.EntityManager;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * The base of the simulations' UI tests: the app with the simulation fixtures (one Spring start shared by every
 * simulation), Amina in Sabine's morning group, and what the server recorded of her tries.
 */
public abstract class SimulationKaribuTest extends KaribuTest {

    @Autowired
    protected LearningService learning;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected EntityManager entityManager;

    protected Cohort cohort;

    @DynamicPropertySource
    static void theSimulationFixtures(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", () -> "src/test/resources/content-fixtures/simulations");
    }

    /** Amina, of a group Sabine teaches, signs in by tapping and opens a module of the fixtures. */
    protected void aminaOpens(String moduleId) {
        cohort = createCohort("Morning group", List.of(openStaffAccount("sabine", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/" + moduleId);
    }

    protected long amina() {
        return cohort.learnerIds()[0];
    }

    /**
     * The graded steps of all her attempts, oldest attempt first, each as "stepId:OUTCOME". The test runs in one
     * transaction: what is pending is written first.
     */
    protected List<String> gradedSteps() {
        entityManager.flush();
        return jdbc.queryForList("select s.step_id || ':' || s.outcome from attempt_step s join attempt a "
                + "on a.id = s.attempt_id where a.learner_id = ? order by a.id, s.position", String.class, amina());
    }
}
