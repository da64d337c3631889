package org.digitalcentre.progress;

import java.time.Instant;

/**
 * One of a learner's answers, as the teacher reads it. Texts are in the teacher's language. The question and the
 * answer are as the version she answered wrote them (the kept content version); {@code changedSince}: the module has
 * another version now; {@code exerciseRemoved}: the module no longer has this exercise.
 */
public record AttemptLine(String moduleTitle, String exercisePrompt, String answer, boolean correct, int score,
                          boolean firstTry, boolean hintUsed, long seconds, Instant answeredAt,
                          boolean exerciseRemoved, boolean changedSince) {
}
