package org.digitalcentre.content;

import java.util.List;

public record MatchExercise(String id, LocalizedText prompt, List<Pair> pairs, Feedback feedback,
                            LocalizedText hint) implements Exercise {
    public MatchExercise {
        pairs = List.copyOf(pairs);
    }

    public record Pair(String id, LocalizedText left, LocalizedText right) {
    }
}
