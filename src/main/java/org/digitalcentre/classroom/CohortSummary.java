package org.digitalcentre.classroom;

import java.time.LocalDate;
import java.util.Set;

/** A cohort in the staff's list of cohorts. */
public record CohortSummary(long id, String name, long centreId, String centreName, LocalDate startDate, int weeks,
                            boolean archived, Set<Long> teacherIds, int learnerCount) {

    public CohortDetails details() {
        return new CohortDetails(name, centreId, startDate, weeks, teacherIds);
    }
}
