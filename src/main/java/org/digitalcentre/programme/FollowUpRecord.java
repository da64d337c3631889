package org.digitalcentre.programme;

import java.time.LocalDate;

/** One follow-up (3 or 6 months after the cohort's end): whether it was done, when, and her situation then. */
public record FollowUpRecord(boolean done, LocalDate on, OutcomeCategory category) {

    public static final FollowUpRecord NOT_DONE = new FollowUpRecord(false, null, null);
}
