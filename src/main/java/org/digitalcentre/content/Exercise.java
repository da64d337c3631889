package org.digitalcentre.content;

/**
 * A step the learner answers. Its id is stable: attempts point at it. New kinds (the simulations) are added
 * as further records permitted here.
 */
public sealed interface Exercise extends Step
        permits SingleChoiceExercise, MultipleChoiceExercise, TrueFalseExercise, FillBlanksExercise,
        OrderExercise, MatchExercise, Simulation {

    LocalizedText prompt();

    Feedback feedback();

    /** May be null. */
    LocalizedText hint();
}
