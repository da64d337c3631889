package org.digitalcentre.learning;

import org.digitalcentre.simulation.StepResult;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as teachers' screens read it. {@code answerJson} decodes with {@link AnswerCodec}; {@code steps} are a
 * simulation's graded steps as stored then (empty for other exercises), so that reading them replays nothing.
 */
public record AttemptRecord(long id, long learnerId, String moduleId, String contentVersion, String exerciseId,
                            String answerJson, boolean correct, int score, boolean firstTry, boolean hintUsed,
                            long timeSpentMs, Instant startedAt, Instant endedAt, List<StepResult> steps) {

    public AttemptRecord {
        steps = List.copyOf(steps);
    }

    /** Without its steps: what a query reads first. */
    public AttemptRecord(long id, long learnerId, String moduleId, String contentVersion, String exerciseId,
                         String answerJson, boolean correct, int score, boolean firstTry, boolean hintUsed,
                         long timeSpentMs, Instant startedAt, Instant endedAt) {
        this(id, learnerId, moduleId, contentVersion, exerciseId, answerJson, correct, score, firstTry, hintUsed,
                timeSpentMs, startedAt, endedAt, List.of());
    }

    AttemptRecord withSteps(List<StepResult> graded) {
        return new AttemptRecord(id, learnerId, moduleId, contentVersion, exerciseId, answerJson, correct, score,
                firstTry, hintUsed, timeSpentMs, startedAt, endedAt, graded);
    }
}
