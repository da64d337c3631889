package org.digitalcentre.programme;

/** One line of her attendance, for her data export: a workshop (week, module) and what was ticked. */
public record AttendanceLine(int week, String moduleId, AttendanceStatus status, double hours) {
}
