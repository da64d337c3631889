package org.digitalcentre.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;

/** A module a teacher gave one learner on top of the group's plan ("for you" on her home). */
@Entity
@Table(name = "assigned_module")
class AssignedModule extends AbstractEntity {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected AssignedModule() {
    }

    AssignedModule(long learnerId, String moduleId, Instant assignedAt) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.assignedAt = assignedAt;
    }

    String getModuleId() {
        return moduleId;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }
}
