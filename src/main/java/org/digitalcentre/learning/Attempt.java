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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer a learner gave to one exercise, with the content version it was given on. Never changed after. Written by
 * {@link AttemptRecorder} (plain SQL under a savepoint, so that the database's uniqueness rules decide), read here.
 */
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

    /** TRUE on her first try, NULL otherwise: what the database's "one first try" rule sees (V8). */
    @Column(name = "first_try_mark")
    private Boolean firstTryMark;

    /** The id her page gave this check: the same check sent twice is stored once. Null before V8. */
    @Column(name = "check_id", length = 40)
    private String checkId;

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
