package org.digitalcentre.simulation;

/** How one graded step of a simulation went. */
public enum StepOutcome {
    /** Done, with no wrong move first. */
    RIGHT,
    /** A wrong move happened (an ad followed, a wrong value), whether or not she finished the step after. */
    WRONG,
    /** Not done yet. */
    NOT_DONE
}
