package org.digitalcentre.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A learner who is signed in right now, as the live view shows her: where she sits, what she is doing, since when,
 * and why she may need help. Immutable: each change makes a new one.
 */
public record LiveLearner(long learnerId, long cohortId, String shortName, String workstation, String moduleId,
                          int stepNumber, int stepCount, String exerciseId, int wrongTriesInARow,
                          Instant lastActivity, Instant helpAskedAt) {

    /** Why she may need help, as translation keys: she asked, she keeps getting it wrong, or she is stuck. */
    public List<HelpReason> helpReasons(Instant now, LiveProperties settings) {
        List<HelpReason> reasons = new ArrayList<>();
        if (helpAskedAt != null) {
            reasons.add(HelpReason.ASKED);
        }
        if (wrongTriesInARow >= settings.wrongTriesForHelp()) {
            reasons.add(HelpReason.WRONG_TRIES);
        }
        if (moduleId != null && idle(now).compareTo(settings.idleHelpAfter()) >= 0) {
            reasons.add(HelpReason.IDLE);
        }
        return reasons;
    }

    public Duration idle(Instant now) {
        Duration idle = Duration.between(lastActivity, now);
        return idle.isNegative() ? Duration.ZERO : idle;
    }

    LiveLearner at(String moduleId, int stepNumber, int stepCount, String exerciseId, Instant now) {
        boolean sameExercise = exerciseId != null && exerciseId.equals(this.exerciseId);
        return new LiveLearner(learnerId, cohortId, shortName, workstation, moduleId, stepNumber, stepCount, exerciseId,
                sameExercise ? wrongTriesInARow : 0, now, helpAskedAt);
    }

    LiveLearner answered(String exerciseId, boolean correct, Instant now) {
        int wrong = correct ? 0 : (exerciseId.equals(this.exerciseId) ? wrongTriesInARow : 0) + 1;
        return new LiveLearner(learnerId, cohortId, shortName, workstation, moduleId, stepNumber, stepCount, exerciseId,
                wrong, now, helpAskedAt);
    }

    LiveLearner askingForHelp(Instant now) {
        return new LiveLearner(learnerId, cohortId, shortName, workstation, moduleId, stepNumber, stepCount, exerciseId,
                wrongTriesInARow, lastActivity, helpAskedAt == null ? now : helpAskedAt);
    }

    /** The teacher came: the hand goes down and the counters start again. */
    LiveLearner helped(Instant now) {
        return new LiveLearner(learnerId, cohortId, shortName, workstation, moduleId, stepNumber, stepCount, exerciseId,
                0, now, null);
    }

    public enum HelpReason {
        ASKED, WRONG_TRIES, IDLE;

        public String translationKey() {
            return "live.reason." + name().toLowerCase().replace('_', '-');
        }
    }
}
