package org.digitalcentre.privacy;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortToAnonymise;
import org.digitalcentre.classroom.LearnerRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The retention rule: a cohort's learners are anonymised {@code digitalcentre.privacy.anonymise-after} (12 months by
 * default) after the cohort ends (its start date plus its weeks), by a task that runs every night. Running it again
 * changes nothing; it logs counts, never names. Administrators see which cohorts come next, and when, so that they
 * can export a learner's data before.
 */
@Service
public class CohortRetention {

    private static final Logger log = LoggerFactory.getLogger(CohortRetention.class);

    private final LearnerRecords learners;
    private final LearnerErasure erasure;
    private final PrivacyProperties settings;
    private final Clock clock;

    CohortRetention(LearnerRecords learners, LearnerErasure erasure, PrivacyProperties settings, Clock clock) {
        this.learners = learners;
        this.erasure = erasure;
        this.settings = settings;
        this.clock = clock;
    }

    /** A cohort whose learners will be anonymised on {@code anonymisedOn}; {@code due}: at the next run. */
    public record Upcoming(CohortToAnonymise cohort, LocalDate anonymisedOn, boolean due) {
    }

    /** What was done by one run. */
    public record Outcome(int cohorts, int learners, int leftForLater) {
    }

    public Period anonymiseAfter() {
        return settings.anonymiseAfter();
    }

    /** Every cohort with learners still named, the next to be anonymised first. */
    @Transactional(readOnly = true)
    public List<Upcoming> upcoming(SignedIn admin) {
        PrivacyAccess.requireAdmin(admin);
        LocalDate today = LocalDate.now(clock);
        return learners.cohortsWithNamedLearners().stream().map(cohort -> {
            LocalDate on = anonymisedOn(cohort);
            return new Upcoming(cohort, on, !today.isBefore(on));
        }).toList();
    }

    /**
     * The regular run (when: {@code digitalcentre.privacy.anonymise-cron}, every hour by default: a centre's computer is
     * often off at night, and a run with nothing due costs one query).
     */
    @Scheduled(cron = "${digitalcentre.privacy.anonymise-cron:0 15 * * * *}")
    public void nightly() {
        Outcome outcome = anonymiseDueCohorts();
        log.info("Retention: {} learners anonymised in {} cohorts ended more than {} ago; {} signed in now, left "
                + "for the next run", outcome.learners(), outcome.cohorts(), settings.anonymiseAfter(),
                outcome.leftForLater());
    }

    /**
     * Anonymises every learner of each cohort whose end lies {@code anonymise-after} or more in the past. A learner
     * signed in right now is left for the next run. A cohort left with no named learner is archived.
     */
    @Transactional
    public Outcome anonymiseDueCohorts() {
        LocalDate today = LocalDate.now(clock);
        int cohorts = 0;
        int anonymised = 0;
        int left = 0;
        for (CohortToAnonymise cohort : learners.cohortsWithNamedLearners()) {
            if (today.isBefore(anonymisedOn(cohort))) {
                continue;
            }
            cohorts++;
            for (long learnerId : learners.namedLearnersOf(cohort.cohortId())) {
                if (erasure.isHere(learnerId)) {
                    left++;
                } else if (erasure.anonymiseNow(learnerId)) {
                    anonymised++;
                }
            }
            if (learners.namedLearnersOf(cohort.cohortId()).isEmpty()) {
                learners.archive(cohort.cohortId());
            }
        }
        return new Outcome(cohorts, anonymised, left);
    }

    private LocalDate anonymisedOn(CohortToAnonymise cohort) {
        return cohort.endDate().plus(settings.anonymiseAfter());
    }
}
