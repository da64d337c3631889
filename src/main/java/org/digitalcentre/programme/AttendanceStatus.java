package org.digitalcentre.programme;

/** What the teacher ticks for a learner at a workshop. Only PRESENT counts hours. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED;

    public String key() {
        return "attendance.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
