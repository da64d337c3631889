package org.digitalcentre.progress;

import java.time.Instant;

/**
 * Who answered what to one exercise: the question and her answer as the version she answered wrote them, and
 * {@code changedSince} when the module has another version now.
 */
public record AnswerLine(long learnerId, String learnerName, String exercisePrompt, String answer, boolean correct,
                         boolean firstTry, Instant answeredAt, boolean changedSince) {
}
