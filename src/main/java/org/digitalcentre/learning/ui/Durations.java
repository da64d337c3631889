package org.digitalcentre.learning.ui;

/** Time as learners read it: whole minutes, at least one once she has spent any time. */
final class Durations {

    private Durations() {
    }

    static long minutes(long seconds) {
        return seconds <= 0 ? 0 : Math.max(1, Math.round(seconds / 60.0));
    }
}
