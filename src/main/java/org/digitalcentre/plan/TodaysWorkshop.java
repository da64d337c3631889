package org.digitalcentre.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The module of the day's workshop for a cohort; learners see it first on their home, that day only. */
@Entity
@Table(name = "todays_workshop")
class TodaysWorkshop {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    /** "day" is a keyword in H2 2.x, so the column has a longer name. */
    @Column(name = "workshop_day", nullable = false)
    private LocalDate day;

    protected TodaysWorkshop() {
    }

    TodaysWorkshop(long cohortId, String moduleId, LocalDate day) {
        this.cohortId = cohortId;
        this.moduleId = moduleId;
        this.day = day;
    }

    void set(String moduleId, LocalDate day) {
        this.moduleId = moduleId;
        this.day = day;
    }

    String getModuleId() {
        return moduleId;
    }

    LocalDate getDay() {
        return day;
    }
}
