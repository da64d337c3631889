package org.digitalcentre.progress;

import java.util.List;

/**
 * An exercise as the group did it: how many learners tried it, how many were right at the first try, and the wrong
 * answers given most often (in the teacher's language) with how many times each.
 */
public record DifficultExercise(String moduleId, String moduleTitle, String exerciseId, String prompt, int learners,
                                int rightFirstTime, List<WrongAnswer> wrongAnswers) {

    public DifficultExercise {
        wrongAnswers = List.copyOf(wrongAnswers);
    }

    public int successPercent() {
        return learners == 0 ? 0 : Math.round(100f * rightFirstTime / learners);
    }

    public int struggled() {
        return learners - rightFirstTime;
    }

    public record WrongAnswer(String answer, int count) {
    }
}
