package org.digitalcentre.progress;

import org.digitalcentre.learning.ModuleResult;

import java.util.List;
import java.util.Map;

/**
 * One learner as her teacher reads her: every module's result, progress by DigComp competence, time per week of
 * the programme, and every answer she gave.
 */
public record LearnerOverview(long learnerId, String shortName, long cohortId, Map<String, ModuleResult> modules,
                              List<CompetenceProgress> competences, Map<Integer, Long> secondsPerWeek,
                              List<AttemptLine> attempts) {

    /**
     * @param firstTryPercent first-try success over the exercises she answered in the competence's modules
     */
    public record CompetenceProgress(String code, int modules, int modulesDone, int exercisesAnswered,
                                     int firstTryPercent) {
    }
}
