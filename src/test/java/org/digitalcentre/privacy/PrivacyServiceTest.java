package org.digitalcentre.privacy;

import jakarta.persistence.EntityManager;
import org.digitalcentre.MovableClock;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** The privacy services on the real database (rolled back), in the service tests' context with a movable clock. */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
abstract class PrivacyServiceTest {

    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    ClassroomService classroom;
    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    TeacherNotes notes;
    @Autowired
    CohortPlanService plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.digitalcentre.programme.OutcomeService outcomes;
    @Autowired
    MovableClock clock;
    @Autowired
    EntityManager entities;

    PrivacyFixture fixture;

    @BeforeEach
    void mondayMorning() {
        clock.setTo(Instant.parse("2026-09-07T08:00:00Z"));
        fixture = new PrivacyFixture(staffAccounts, classroom, learning, catalogue, notes, plans, jdbc, clock, outcomes);
    }

    /** What JPA holds back, in the database for plain SQL to see. */
    void flush() {
        entities.flush();
    }
}
