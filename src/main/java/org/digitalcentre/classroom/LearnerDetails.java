package org.digitalcentre.classroom;

/**
 * A learner as her teachers manage her: no code, ever (only its hash is kept). An anonymised learner has a pseudonym
 * for a first name and no picture (null). {@code language} is the one she chose ("fr", "en", "ar"), or null.
 */
public record LearnerDetails(long id, long cohortId, String firstName, String lastInitial, String shortName,
                             LearnerPicture picture, boolean locked, boolean anonymised, String language) {

    static LearnerDetails of(Learner learner) {
        return new LearnerDetails(learner.getId(), learner.getCohort().getId(), learner.getFirstName(),
                learner.getLastInitial(), learner.getShortName(), learner.getPicture(), learner.isLocked(),
                learner.isAnonymised(), learner.getLanguage());
    }
}
