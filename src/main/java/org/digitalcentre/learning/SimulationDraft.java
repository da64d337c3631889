package org.digitalcentre.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The simulation try a learner has not checked yet: her events so far, as JSON. */
@Entity
@Table(name = "simulation_draft")
class SimulationDraft {

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = 100000)
    private String events;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SimulationDraft() {
    }

    SimulationDraft(Key key, String events, Instant updatedAt) {
        this.key = key;
        this.events = events;
        this.updatedAt = updatedAt;
    }

    void update(String newEvents, Instant now) {
        this.events = newEvents;
        this.updatedAt = now;
    }

    String events() {
        return events;
    }

    @Embeddable
    record Key(@Column(name = "learner_id") long learnerId, @Column(name = "module_id") String moduleId,
               @Column(name = "exercise_id") String exerciseId) implements Serializable {
    }
}
