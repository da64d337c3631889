package org.digitalcentre.learning;

import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One learner's result in one module, by the definitions used on every screen: an exercise counts as answered
 * once she has tried it; the score is the mean of her first-try scores over all the module's exercises; first-try
 * success is the share of exercises right at the first try. Exercises an author has since removed do not count.
 */
public record ModuleResult(String moduleId, ModuleStatus status, int score, int exercisesAnswered, int exerciseCount,
                           int firstTryRight, long secondsSpent) {

    public static ModuleResult notStarted(Module module) {
        return new ModuleResult(module.id(), ModuleStatus.NOT_STARTED, 0, 0, module.exercises().size(), 0, 0);
    }

    /**
     * @param firstTries her first attempt at each exercise of this module (at most one per exercise)
     * @param started whether she has opened the module
     */
    public static ModuleResult of(Module module, Collection<FirstTry> firstTries, boolean started, long secondsSpent) {
        Set<String> current = module.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        Map<String, FirstTry> byExercise = firstTries.stream().filter(t -> current.contains(t.exerciseId()))
                .collect(Collectors.toMap(FirstTry::exerciseId, Function.identity(), (a, b) -> a));
        int count = current.size();
        int answered = byExercise.size();
        int right = (int) byExercise.values().stream().filter(FirstTry::correct).count();
        int score = count == 0 ? 0 : Math.round(byExercise.values().stream().mapToInt(FirstTry::score).sum()
                / (float) count);
        ModuleStatus status;
        if (count > 0 && answered == count) {
            status = right * 100 >= module.masteryPercent() * count ? ModuleStatus.MASTERED : ModuleStatus.DONE;
        } else if (started || answered > 0) {
            status = ModuleStatus.IN_PROGRESS;
        } else {
            status = ModuleStatus.NOT_STARTED;
        }
        return new ModuleResult(module.id(), status, score, answered, count, right, secondsSpent);
    }

    /** Her first answer to one exercise. */
    public record FirstTry(String exerciseId, boolean correct, int score) {
    }
}
