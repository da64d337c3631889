package org.digitalcentre.simulation;

/** One graded step of a simulation, by its id in the content. */
public record StepResult(String stepId, StepOutcome outcome) {
}
