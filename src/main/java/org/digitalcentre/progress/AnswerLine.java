package org.digitalcentre.progress;

import java.time.Instant;

/** Who answered what to one exercise. */
public record AnswerLine(long learnerId, String learnerName, String answer, boolean correct, boolean firstTry,
                         Instant answeredAt) {
}
