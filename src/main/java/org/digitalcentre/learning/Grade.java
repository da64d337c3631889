package org.digitalcentre.learning;

import org.digitalcentre.simulation.StepResult;

import java.util.List;

/**
 * The result of grading one answer: right or wrong, and a score from 0 to 100 (partly right earns part). A simulation
 * also has the outcome of each of its steps; other exercises have none.
 */
public record Grade(boolean correct, int score, List<StepResult> steps) {

    public Grade {
        steps = List.copyOf(steps);
    }

    public Grade(boolean correct, int score) {
        this(correct, score, List.of());
    }
}
