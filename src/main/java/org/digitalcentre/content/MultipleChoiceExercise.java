package org.digitalcentre.content;

import java.util.List;

public record MultipleChoiceExercise(String id, LocalizedText prompt, List<Choice> choices, Feedback feedback,
                                     LocalizedText hint) implements Exercise {
    public MultipleChoiceExercise {
        choices = List.copyOf(choices);
    }
}
