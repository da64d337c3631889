package org.digitalcentre.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A module a teacher hid from her group: its learners cannot open it. */
@Entity
@Table(name = "hidden_module")
class HiddenModule {

    @EmbeddedId
    private Key key;

    protected HiddenModule() {
    }

    HiddenModule(long cohortId, String moduleId) {
        this.key = new Key(cohortId, moduleId);
    }

    String moduleId() {
        return key.moduleId;
    }

    @Embeddable
    record Key(@Column(name = "cohort_id") long cohortId,
               @Column(name = "module_id", length = 100) String moduleId) implements Serializable {
    }
}
