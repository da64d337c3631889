package org.digitalcentre.classroom;

/** A cohort as the sign-in screen and the teachers' lists show it. */
public record CohortCard(long id, String name, String centreName) {

    static CohortCard of(Cohort cohort) {
        return new CohortCard(cohort.getId(), cohort.getName(), cohort.getCentre().getName());
    }
}
