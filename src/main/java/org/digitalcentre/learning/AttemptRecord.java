package org.digitalcentre.learning;

import java.time.Instant;

/** An attempt as teachers' screens read it. {@code answerJson} decodes with {@link AnswerCodec}. */
public record AttemptRecord(long id, long learnerId, String moduleId, String contentVersion, String exerciseId,
                            String answerJson, boolean correct, int score, boolean firstTry, boolean hintUsed,
                            long timeSpentMs, Instant startedAt, Instant endedAt) {
}
