package org.digitalcentre.classroom;

/** A learner as her teachers manage her: no code, ever (only its hash is kept). */
public record LearnerDetails(long id, long cohortId, String firstName, String lastInitial, String shortName,
                             LearnerPicture picture, boolean locked) {

    static LearnerDetails of(Learner learner) {
        return new LearnerDetails(learner.getId(), learner.getCohort().getId(), learner.getFirstName(),
                learner.getLastInitial(), learner.getShortName(), learner.getPicture(), learner.isLocked());
    }
}
