package org.digitalcentre.progress;

import java.time.Instant;

/**
 * One of a learner's answers, as the teacher reads it. Texts are in the teacher's language; an exercise the module no
 * longer has ({@code exerciseRemoved}) is shown as the version she answered wrote it.
 */
public record AttemptLine(String moduleTitle, String exercisePrompt, String answer, boolean correct, int score,
                          boolean firstTry, boolean hintUsed, long seconds, Instant answeredAt,
                          boolean exerciseRemoved) {
}
