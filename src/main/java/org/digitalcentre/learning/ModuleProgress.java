package org.digitalcentre.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.Duration;
import java.time.Instant;

/** Where one learner is in one module: the step to reopen it at, and the time she has spent in it. */
@Entity
@Table(name = "module_progress")
class ModuleProgress extends AbstractEntity {

    /** Longer than this on one step counts as this: she has probably left the workstation. */
    static final Duration MAX_COUNTED_PER_STEP = Duration.ofMinutes(10);

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Column(name = "content_version", nullable = false, length = 20)
    private String contentVersion;

    @Column(name = "current_step_id", nullable = false, length = 100)
    private String currentStepId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "seconds_spent", nullable = false)
    private long secondsSpent;

    protected ModuleProgress() {
    }

    ModuleProgress(long learnerId, String moduleId, String contentVersion, String firstStepId, Instant now) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.contentVersion = contentVersion;
        this.currentStepId = firstStepId;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /**
     * She moved to another step: remember it, and count the time since she last did something here.
     * @return the seconds counted
     */
    long moveTo(String stepId, String version, Instant now) {
        long counted = touch(now);
        currentStepId = stepId;
        contentVersion = version;
        return counted;
    }

    /**
     * She did something on this step (answered, say): count the time since she last did something here.
     * @return the seconds counted
     */
    long touch(Instant now) {
        Duration since = Duration.between(updatedAt, now);
        long counted = since.isNegative() ? 0 : Math.min(since.getSeconds(), MAX_COUNTED_PER_STEP.getSeconds());
        secondsSpent += counted;
        updatedAt = now;
        return counted;
    }

    /** She opens the module again, maybe days later: the time she was away is not time spent on it. */
    void reopen(String stepId, String version, Instant now) {
        currentStepId = stepId;
        contentVersion = version;
        updatedAt = now;
    }

    String getModuleId() {
        return moduleId;
    }

    String getCurrentStepId() {
        return currentStepId;
    }


    long getSecondsSpent() {
        return secondsSpent;
    }
}
