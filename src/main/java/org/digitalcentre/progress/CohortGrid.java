package org.digitalcentre.progress;

import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.learning.ModuleResult;

import java.util.List;
import java.util.Map;

/** A cohort's learners × modules: each learner's result in each module. */
public record CohortGrid(long cohortId, List<ModuleColumn> modules, List<LearnerRow> learners) {

    public record ModuleColumn(String moduleId, LocalizedText title) {
    }

    /** {@code results} has every module of the grid, "not started" included. */
    public record LearnerRow(long learnerId, String shortName, boolean locked, Map<String, ModuleResult> results) {
    }
}
