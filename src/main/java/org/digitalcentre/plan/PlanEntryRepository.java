package org.digitalcentre.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlanEntryRepository extends JpaRepository<PlanEntry, Long> {

    List<PlanEntry> findByCohortIdOrderByWeekAscPositionAsc(long cohortId);
}
