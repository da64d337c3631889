package org.digitalcentre.content;

/** What the learner reads after a right and after a wrong answer. */
public record Feedback(LocalizedText right, LocalizedText wrong) {
}
