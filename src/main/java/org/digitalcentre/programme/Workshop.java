package org.digitalcentre.programme;

/** One workshop of a cohort's plan: a module in a week, with its planned hours. */
public record Workshop(int week, String moduleId, double plannedHours) {
}
