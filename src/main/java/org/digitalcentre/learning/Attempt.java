package org.digitalcentre.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import org.digitalcentre.base.AbstractEntity;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One answer a learner gave to one exercise, with the content version it was given on. Never changed after. */
@Entity
class Attempt extends AbstractEntity {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "module_id", nullable = false, length = 100)
    private String moduleId;

    @Column(name = "content_version", nullable = false, length = 20)
    private String contentVersion;

    @Column(name = "exercise_id", nullable = false, length = 100)
    private String exerciseId;

    /** The answer as JSON (see {@link AnswerCodec}); a simulation's is every event of the try. */
    @Column(nullable = false, length = 100000)
    private String answer;

    private boolean correct;

    private int score;

    /** Her first answer to this exercise: what counts for "mastered" and for the group's first-try success. */
    @Column(name = "first_try")
    private boolean firstTry;

    @Column(name = "hint_used")
    private boolean hintUsed;

    @Column(name = "time_spent_ms")
    private long timeSpentMs;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    /** A simulation's steps, as graded: what teachers count to see where learners fail. */
    @ElementCollection
    @CollectionTable(name = "attempt_step", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    private List<GradedStep> steps = new ArrayList<>();

    protected Attempt() {
    }

    Attempt(long learnerId, String moduleId, String contentVersion, String exerciseId, String answer, Grade grade,
            boolean firstTry, boolean hintUsed, Instant startedAt, Instant endedAt) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.contentVersion = contentVersion;
        this.exerciseId = exerciseId;
        this.answer = answer;
        this.correct = grade.correct();
        this.score = grade.score();
        this.firstTry = firstTry;
        this.hintUsed = hintUsed;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.timeSpentMs = Math.max(0, Duration.between(startedAt, endedAt).toMillis());
        grade.steps().forEach(step -> steps.add(new GradedStep(step.stepId(), step.outcome())));
    }

    /** One step of a simulation and how it went. */
    @Embeddable
    record GradedStep(@Column(name = "step_id", nullable = false, length = 100) String stepId,
                      @Enumerated(EnumType.STRING) @Column(nullable = false, length = 10) StepOutcome outcome) {
    }

    AttemptRecord toRecord() {
        return new AttemptRecord(getId(), learnerId, moduleId, contentVersion, exerciseId, answer, correct, score,
                firstTry, hintUsed, timeSpentMs, startedAt, endedAt,
                steps.stream().map(step -> new StepResult(step.stepId(), step.outcome())).toList());
    }

    String getExerciseId() {
        return exerciseId;
    }

    String getAnswer() {
        return answer;
    }

    boolean isCorrect() {
        return correct;
    }
}
