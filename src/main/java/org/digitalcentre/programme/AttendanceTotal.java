package org.digitalcentre.programme;

/**
 * One learner's attendance so far: hours present against the programme's planned hours. {@code signedInHours} is
 * her signed-in time on the centre's computers, a hint only: it never counts as attendance.
 */
public record AttendanceTotal(long learnerId, String shortName, double hoursAttended, int plannedHours,
                              int workshopsPresent, int workshopsAbsent, int workshopsExcused, double signedInHours) {
}
