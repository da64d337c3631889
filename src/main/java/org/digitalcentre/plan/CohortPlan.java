package org.digitalcentre.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cohort's plan as its teachers see it: for each week from 1 to {@code weeks}, the modules in order; the modules
 * hidden from the group; today's workshop, if one is marked for today; and the week the programme is in today.
 */
public record CohortPlan(long cohortId, int weeks, int currentWeek, Map<Integer, List<String>> modulesByWeek,
                         Set<String> hidden, Optional<String> todaysWorkshop, LocalDate today) {

    public CohortPlan {
        modulesByWeek = Map.copyOf(modulesByWeek);
        hidden = Set.copyOf(hidden);
    }

    public List<String> week(int week) {
        return modulesByWeek.getOrDefault(week, List.of());
    }
}
