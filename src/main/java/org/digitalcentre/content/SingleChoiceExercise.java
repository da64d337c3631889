package org.digitalcentre.content;

import java.util.List;

public record SingleChoiceExercise(String id, LocalizedText prompt, List<Choice> choices, Feedback feedback,
                                   LocalizedText hint) implements Exercise {
    public SingleChoiceExercise {
        choices = List.copyOf(choices);
    }
}
