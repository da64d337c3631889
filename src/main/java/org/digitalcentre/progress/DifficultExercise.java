package org.digitalcentre.progress;

import java.util.List;

/**
 * An exercise as the group did it: how many learners tried it, how many were right at the first try, and the wrong
 * answers given most often (in the teacher's language) with how many times each. For a simulation, instead of
 * answers: each step, in the task's order, with how many failed it at their first try.
 */
public record DifficultExercise(String moduleId, String moduleTitle, String exerciseId, String prompt, int learners,
                                int rightFirstTime, List<WrongAnswer> wrongAnswers, List<FailedStep> failedSteps) {

    public DifficultExercise {
        wrongAnswers = List.copyOf(wrongAnswers);
        failedSteps = List.copyOf(failedSteps);
    }

    public int successPercent() {
        return learners == 0 ? 0 : Math.round(100f * rightFirstTime / learners);
    }

    public int struggled() {
        return learners - rightFirstTime;
    }

    /** A wrong answer as she saw the question; {@code changedSince}: the module has another version now. */
    public record WrongAnswer(String answer, int count, boolean changedSince) {

        public WrongAnswer(String answer, int count) {
            this(answer, count, false);
        }
    }

    /** A simulation's step: its label in the teacher's language, and how many of those who had it failed it. */
    public record FailedStep(String label, int failed, int learners) {
    }
}
