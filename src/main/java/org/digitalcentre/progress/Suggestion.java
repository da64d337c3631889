package org.digitalcentre.progress;

/**
 * A module worth reviewing with the group: an exercise of it, or a competence it teaches, that many learners
 * struggled with. {@code subject} is the exercise's prompt or the competence code.
 */
public record Suggestion(Kind kind, String moduleId, String moduleTitle, String subject, int struggled,
                         int learners) {

    public enum Kind {
        EXERCISE, COMPETENCE
    }
}
