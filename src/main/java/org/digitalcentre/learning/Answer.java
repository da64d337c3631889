package org.digitalcentre.learning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.digitalcentre.simulation.SimEvent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner gave as the answer to one exercise. Stored as JSON with each attempt. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Answer.Choices.class, name = "choices"),
        @JsonSubTypes.Type(value = Answer.TrueOrFalse.class, name = "true-false"),
        @JsonSubTypes.Type(value = Answer.Blanks.class, name = "blanks"),
        @JsonSubTypes.Type(value = Answer.Order.class, name = "order"),
        @JsonSubTypes.Type(value = Answer.Matches.class, name = "matches"),
        @JsonSubTypes.Type(value = Answer.SimulationEvents.class, name = "simulation")
})
public sealed interface Answer {

    /** The ticked choices, for single- and multiple-choice exercises. */
    record Choices(Set<String> ids) implements Answer {
        public Choices {
            ids = Set.copyOf(ids);
        }
    }

    record TrueOrFalse(boolean value) implements Answer {
    }

    /** The words typed, one per blank, in reading order. */
    record Blanks(List<String> words) implements Answer {
        public Blanks {
            words = List.copyOf(words);
        }
    }

    /** Item ids in the order the learner put them. */
    record Order(List<String> ids) implements Answer {
        public Order {
            ids = List.copyOf(ids);
        }
    }

    /** For each pair's left side (by pair id), the pair id whose right side she linked to it. */
    record Matches(Map<String, String> rightFor) implements Answer {
        public Matches {
            rightFor = Map.copyOf(rightFor);
        }
    }

    /** What she did in a simulation, in order: graded by replaying it on the server. */
    record SimulationEvents(List<SimEvent> events) implements Answer {
        public SimulationEvents {
            events = List.copyOf(events);
        }
    }
}
