package org.digitalcentre.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

/** One module in one week of a cohort's plan, at a position. */
@Entity
@Table(name = "plan_entry")
class PlanEntry extends AbstractEntity {

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    private int week;

    private int position;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    protected PlanEntry() {
    }

    PlanEntry(long cohortId, int week, int position, String moduleId) {
        this.cohortId = cohortId;
        this.week = week;
        this.position = position;
        this.moduleId = moduleId;
    }

    int getWeek() {
        return week;
    }

    int getPosition() {
        return position;
    }

    String getModuleId() {
        return moduleId;
    }

    void placeAt(int week, int position) {
        this.week = week;
        this.position = position;
    }
}
