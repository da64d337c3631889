package org.digitalcentre.classroom;

/** The answer to a learner's four-digit code. {@code triesLeft} is how many wrong codes remain before the lock. */
public record CodeCheck(Outcome outcome, int triesLeft) {

    public enum Outcome {
        ACCEPTED, WRONG, LOCKED
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
