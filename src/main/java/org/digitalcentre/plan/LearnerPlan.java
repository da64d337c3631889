package org.digitalcentre.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the plan means for one learner's home: today's workshop first, then the modules her teacher gave her, then
 * this week's modules. Hidden modules are out of her reach; everything else stays open to her.
 */
public record LearnerPlan(Optional<String> todaysWorkshop, List<String> forYou, int currentWeek,
                          List<String> thisWeek, Set<String> hidden) {

    public static final LearnerPlan NONE = new LearnerPlan(Optional.empty(), List.of(), 1, List.of(), Set.of());

    public LearnerPlan {
        forYou = List.copyOf(forYou);
        thisWeek = List.copyOf(thisWeek);
        hidden = Set.copyOf(hidden);
    }

    public boolean mayOpen(String moduleId) {
        return !hidden.contains(moduleId);
    }
}
