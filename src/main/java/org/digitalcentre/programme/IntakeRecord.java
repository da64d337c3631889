package org.digitalcentre.programme;

import java.time.Instant;
import java.util.Set;

/** Her intake as her teachers read it: what was written at the interview, and who last wrote it, when. */
public record IntakeRecord(long learnerId, Set<IntakeGoal> goals, String goalsText, boolean childcareNeeded,
                           Integer hoursPerWeek, String languagesSpoken, String languagesRead,
                           IntakeStartingPoint startingPoint, String writtenBy, Instant updatedAt) {

    public IntakeDraft toDraft() {
        return new IntakeDraft(goals, goalsText, childcareNeeded, hoursPerWeek, languagesSpoken, languagesRead,
                startingPoint);
    }
}
