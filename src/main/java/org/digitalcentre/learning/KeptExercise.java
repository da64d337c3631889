package org.digitalcentre.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One exercise as one version of its module wrote it, and the module's title then; both as JSON. Never changed. */
@Entity
@Table(name = "kept_exercise")
class KeptExercise {

    @EmbeddedId
    private Key key;

    @Column(name = "module_title", nullable = false, length = 2000)
    private String moduleTitle;

    @Column(nullable = false, length = 100000)
    private String exercise;

    protected KeptExercise() {
    }

    KeptExercise(Key key, String moduleTitle, String exercise) {
        this.key = key;
        this.moduleTitle = moduleTitle;
        this.exercise = exercise;
    }

    String moduleTitle() {
        return moduleTitle;
    }

    String exercise() {
        return exercise;
    }

    @Embeddable
    record Key(@Column(name = "module_id") String moduleId, @Column(name = "content_version") String version,
               @Column(name = "exercise_id") String exerciseId) implements Serializable {
    }
}
