package org.digitalcentre.classroom;

import java.time.Instant;

/**
 * What the classroom holds about one learner, for her data export: never her code or its hash. {@code picture} is
 * null and {@code anonymisedAt} set once she is anonymised; {@code language} is null until she chooses one.
 */
public record LearnerFacts(long id, String firstName, String lastInitial, String shortName, LearnerPicture picture,
                           long cohortId, String cohortName, String centreName, CohortSchedule schedule,
                           boolean cohortArchived, int wrongCodesInARow, boolean locked, Instant nextCodeTryAt,
                           Instant anonymisedAt, String language, boolean readAloudAutomatically) {
}
