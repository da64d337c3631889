package org.digitalcentre.classroom;

/** What may be shown of a learner on a shared screen: her first name, initial and picture. Nothing private. */
public record LearnerTile(long id, long cohortId, String shortName, LearnerPicture picture, boolean locked) {

    static LearnerTile of(Learner learner) {
        return new LearnerTile(learner.getId(), learner.getCohort().getId(), learner.getShortName(),
                learner.getPicture(), learner.isLocked());
    }
}
