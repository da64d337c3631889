package org.digitalcentre.learning;

/**
 * How far a learner is with a module. Done: every exercise answered. Mastered: done, and the share of exercises
 * right at the first try reaches the module's threshold.
 */
public enum ModuleStatus {
    NOT_STARTED, IN_PROGRESS, DONE, MASTERED;

    public boolean isDone() {
        return this == DONE || this == MASTERED;
    }

    public String translationKey() {
        return "status." + name().toLowerCase().replace('_', '-');
    }
}
