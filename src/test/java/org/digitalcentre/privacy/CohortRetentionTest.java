package org.digitalcentre.privacy;

import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.LearnerPicture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention rule with the default setting (12 months) and a clock that stands still on 26 March 2027. A cohort of
 * 12 weeks that started on 1 January 2026 ended on 26 March 2026 (the day after its last week): its learners are
 * anonymised from 26 March 2027.
 */
class CohortRetentionTest extends PrivacyServiceTest {

    @Autowired
    CohortRetention retention;
    @Autowired
    LearnerErasure erasure;

    private PrivacyFixture.Staff admin;
    private long endedLongAgo;
    private long endsTomorrowAYearAgo;
    private long endsTodayAYearAgo;
    private long running;

    @BeforeEach
    void fourCohorts() {
        admin = fixture.staff("privacy-admin", Role.ADMIN);
        clock.setTo(Instant.parse("2027-03-26T02:00:00Z"));
        endedLongAgo = cohort("Ended long ago", LocalDate.of(2025, 1, 6), "Amina", "Fatou");
        endsTodayAYearAgo = cohort("Ended a year ago today", LocalDate.of(2026, 1, 1), "Leila");
        endsTomorrowAYearAgo = cohort("Ended a year ago tomorrow", LocalDate.of(2026, 1, 2), "Sophie");
        running = cohort("Running", LocalDate.of(2027, 3, 1), "Nadia");
    }

    private long cohort(String name, LocalDate start, String... firstNames) {
        long centre = classroom.createCentre("Centre " + name);
        long cohort = classroom.createCohort(centre, name, start, List.of());
        for (int i = 0; i < firstNames.length; i++) {
            long learner = classroom.enrol(cohort, firstNames[i], "X", LearnerPicture.values()[i], "1234");
            fixture.answer(learner, catalogue.module("test-browsing").orElseThrow(), "padlock",
                    new org.digitalcentre.learning.Answer.TrueOrFalse(true));
        }
        return cohort;
    }

    private Map<Long, Integer> namedLearnersByCohort() {
        flush();
        Map<Long, Integer> named = new java.util.HashMap<>();
        for (long cohort : List.of(endedLongAgo, endsTodayAYearAgo, endsTomorrowAYearAgo, running)) {
            named.put(cohort, jdbc.queryForObject("select count(*) from learner where cohort_id = ? "
                    + "and anonymised_at is null", Integer.class, cohort));
        }
        return named;
    }

    @Test
    void the_default_is_twelve_months() {
        assertThat(retention.anonymiseAfter()).isEqualTo(Period.ofMonths(12));
    }

    @Test
    void the_nightly_run_anonymises_exactly_the_cohorts_that_ended_twelve_months_ago_or_more() {
        CohortRetention.Outcome outcome = retention.anonymiseDueCohorts();

        assertThat(namedLearnersByCohort()).containsEntry(endedLongAgo, 0).containsEntry(endsTodayAYearAgo, 0)
                .containsEntry(endsTomorrowAYearAgo, 1).containsEntry(running, 1);
        assertThat(outcome.learners()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForList("select first_name from learner where cohort_id = ? order by first_name",
                String.class, endedLongAgo)).containsExactly("Apprenante 1", "Apprenante 2");
        assertThat(jdbc.queryForObject("select archived from cohort where id = ?", Boolean.class, endedLongAgo))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from attempt a join learner l on l.id = a.learner_id "
                + "where l.cohort_id = ?", Integer.class, endedLongAgo)).as("results kept").isEqualTo(2);
    }

    @Test
    void running_it_again_changes_nothing() {
        retention.anonymiseDueCohorts();
        Map<Long, Integer> afterFirstRun = namedLearnersByCohort();
        List<String> namesAfterFirstRun = jdbc.queryForList("select first_name from learner order by id",
                String.class);

        CohortRetention.Outcome second = retention.anonymiseDueCohorts();

        assertThat(second.learners()).isZero();
        assertThat(namedLearnersByCohort()).isEqualTo(afterFirstRun);
        assertThat(jdbc.queryForList("select first_name from learner order by id", String.class))
                .isEqualTo(namesAfterFirstRun);
    }

    @Test
    void the_administrator_sees_which_cohorts_come_next_and_when() {
        List<CohortRetention.Upcoming> upcoming = retention.upcoming(admin).stream()
                .filter(u -> List.of(endedLongAgo, endsTodayAYearAgo, endsTomorrowAYearAgo, running)
                        .contains(u.cohort().cohortId())).toList();

        assertThat(upcoming).extracting(u -> u.cohort().name(), CohortRetention.Upcoming::anonymisedOn,
                        CohortRetention.Upcoming::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ended long ago", LocalDate.of(2026, 3, 31), true),
                        org.assertj.core.groups.Tuple.tuple("Ended a year ago today", LocalDate.of(2027, 3, 26), true),
                        org.assertj.core.groups.Tuple.tuple("Ended a year ago tomorrow", LocalDate.of(2027, 3, 27),
                                false),
                        org.assertj.core.groups.Tuple.tuple("Running", LocalDate.of(2028, 5, 24), false));

        retention.anonymiseDueCohorts();

        assertThat(retention.upcoming(admin)).extracting(u -> u.cohort().cohortId())
                .doesNotContain(endedLongAgo, endsTodayAYearAgo).contains(endsTomorrowAYearAgo, running);
    }
}
