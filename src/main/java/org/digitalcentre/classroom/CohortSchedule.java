package org.digitalcentre.classroom;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** When a cohort runs: from its start date, for a number of weeks. */
public record CohortSchedule(long cohortId, LocalDate startDate, int weeks) {

    /** The week of the programme a day falls in, from 1 to {@code weeks} (before the start: 1; after: the last). */
    public int weekOf(LocalDate day) {
        long days = ChronoUnit.DAYS.between(startDate, day);
        int week = days < 0 ? 1 : (int) (days / 7) + 1;
        return Math.max(1, Math.min(weeks, week));
    }

    /** The day after its last week: when the cohort has ended. */
    public LocalDate endDate() {
        return startDate.plusWeeks(weeks);
    }
}
