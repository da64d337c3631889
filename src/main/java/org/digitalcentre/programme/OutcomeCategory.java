package org.digitalcentre.programme;

/** What a woman went on to, in the categories the centres report to their funder. */
public enum OutcomeCategory {
    NEW_PROJECT, QUALIFYING_TRAINING, TEMPORARY_JOB, PERMANENT_JOB, OTHER, UNKNOWN;

    /** The translation key of its name, e.g. {@code outcome.category.new-project}. */
    public String translationKey() {
        return "outcome.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
