package org.digitalcentre.classroom;

import java.time.LocalDate;

/** A cohort some of whose learners still have their names: the retention rule will anonymise them one day. */
public record CohortToAnonymise(long cohortId, String name, String centreName, CohortSchedule schedule,
                                boolean archived, int namedLearners) {

    public LocalDate endDate() {
        return schedule.endDate();
    }
}
