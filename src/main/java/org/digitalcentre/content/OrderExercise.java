package org.digitalcentre.content;

import java.util.List;

/** {@code items} are in the right order; the player shows them shuffled. */
public record OrderExercise(String id, LocalizedText prompt, List<Item> items, Feedback feedback,
                            LocalizedText hint) implements Exercise {
    public OrderExercise {
        items = List.copyOf(items);
    }

    public record Item(String id, LocalizedText text) {
    }
}
