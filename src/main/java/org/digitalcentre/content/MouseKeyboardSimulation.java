package org.digitalcentre.content;

import java.util.List;
import java.util.Optional;

/**
 * Mouse and keyboard practice: one target at a time, in the steps' order. She clicks, double-clicks, right-clicks,
 * drags a thing onto a place, scrolls down to a thing, or types a line exactly (accents and @ included). Each step is
 * one target; a miss or a wrong action on the way makes it wrong.
 */
public record MouseKeyboardSimulation(String id, LocalizedText prompt, LocalizedText scenario, List<Step> steps,
                                      Feedback feedback, LocalizedText hint) implements Simulation {

    public MouseKeyboardSimulation {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** What a step asks her to do. */
    public enum Goal {
        CLICK("click"),
        DOUBLE_CLICK("double-click"),
        RIGHT_CLICK("right-click"),
        /** Drag the {@code target} onto the place {@code to}. */
        DRAG("drag"),
        /** Scroll down until the {@code target} shows. */
        SCROLL("scroll"),
        /** Type {@code text} exactly. */
        TYPE("type");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml. */
        public String written() {
            return written;
        }

        /** Done with the mouse (or its keyboard equivalent) on a target, not typed. */
        public boolean pointer() {
            return this != TYPE;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    /**
     * {@code target} names the thing to act on (null for {@code type}); {@code to} the place to drop it on (a drag
     * only); {@code text} the line to type, the same in every language (a type step only).
     */
    public record Step(String id, LocalizedText label, Goal goal, LocalizedText target, LocalizedText to, String text,
                       LocalizedText wrong) implements SimulationStep {
    }
}
