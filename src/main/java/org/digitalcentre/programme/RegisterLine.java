package org.digitalcentre.programme;

/**
 * One learner on a workshop's register: what was ticked ({@code status} null when nothing yet) and the hours. For
 * saving, the view sends the same lines back.
 */
public record RegisterLine(long learnerId, String shortName, AttendanceStatus status, double hours) {
}
