package org.digitalcentre.classroom;

/**
 * What may be shown of a learner on a shared screen: her first name, initial and picture. Nothing private. An
 * anonymised learner has a pseudonym and no picture (null); she is never on a sign-in screen.
 */
public record LearnerTile(long id, long cohortId, String shortName, LearnerPicture picture, boolean locked) {

    /** For queries that read tiles straight from the table, without loading learners as entities. */
    LearnerTile(long id, long cohortId, String firstName, String lastInitial, String picture, boolean locked) {
        this(id, cohortId, Learner.shortName(firstName, lastInitial), picture == null ? null : LearnerPicture.valueOf(picture), locked);
    }

    static LearnerTile of(Learner learner) {
        return new LearnerTile(learner.getId(), learner.getCohort().getId(), learner.getShortName(),
                learner.getPicture(), learner.isLocked());
    }
}
