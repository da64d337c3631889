package org.digitalcentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

/** One line of a workshop's register: one learner, one workshop (a module in a week of the cohort plan). */
@Entity
@Table(name = "attendance")
class Attendance extends AbstractEntity {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(nullable = false)
    private int week;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(nullable = false)
    private double hours;

    protected Attendance() {
    }

    Attendance(long learnerId, long cohortId, int week, String moduleId) {
        this.learnerId = learnerId;
        this.cohortId = cohortId;
        this.week = week;
        this.moduleId = moduleId;
    }

    void mark(AttendanceStatus status, double hours) {
        this.status = status;
        this.hours = hours;
    }

    long getLearnerId() {
        return learnerId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    double getHours() {
        return hours;
    }

    AttendanceLine toLine() {
        return new AttendanceLine(week, moduleId, status, hours);
    }
}
