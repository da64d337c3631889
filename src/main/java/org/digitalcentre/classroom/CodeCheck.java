package org.digitalcentre.classroom;

import java.time.Duration;

/**
 * The answer to a learner's four-digit code. {@code triesLeft} is how many wrong codes remain before the lock;
 * {@code nextTryIn} is how long the keypad waits before the next code is checked.
 */
public record CodeCheck(Outcome outcome, int triesLeft, Duration nextTryIn) {

    public enum Outcome {
        /** Right: she is in. */
        ACCEPTED,
        /** Wrong, and counted. */
        WRONG,
        /** Too soon after a wrong code: not checked, not counted. */
        WAIT,
        /** Locked after five wrong codes, until a teacher unlocks her. */
        LOCKED,
        /** Not a learner who may sign in (her cohort is archived, or this computer may not show names). */
        REFUSED
    }

    public CodeCheck(Outcome outcome, int triesLeft) {
        this(outcome, triesLeft, Duration.ZERO);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
