package org.digitalcentre.content;

public record TrueFalseExercise(String id, LocalizedText prompt, boolean answer, Feedback feedback,
                                LocalizedText hint) implements Exercise {
}
