package org.digitalcentre.programme;

import java.time.LocalDate;

/** A follow-up to make: this learner, 3 or 6 months after her cohort's end, due since that day. */
public record FollowUpDue(long learnerId, String shortName, String cohortName, int months, LocalDate dueSince) {
}
