package org.digitalcentre.simulation;

import java.util.List;

/**
 * The grade of one try: each step's outcome. {@code refused} is true when an event could not have happened: then
 * nothing counts.
 */
public record SimulationGrade(List<StepResult> steps, boolean refused) {

    public SimulationGrade {
        steps = List.copyOf(steps);
    }

    /** Right when every step was done with no wrong move. */
    public boolean correct() {
        return !refused && !steps.isEmpty() && steps.stream().allMatch(s -> s.outcome() == StepOutcome.RIGHT);
    }

    /** The share of steps done right, from 0 to 100. */
    public int score() {
        if (refused || steps.isEmpty()) {
            return 0;
        }
        long right = steps.stream().filter(s -> s.outcome() == StepOutcome.RIGHT).count();
        return Math.round(100f * right / steps.size());
    }
}
