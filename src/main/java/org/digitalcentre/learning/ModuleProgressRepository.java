package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByLearnerIdAndModuleId(long learnerId, String moduleId);

    List<ModuleProgress> findByLearnerIdOrderByUpdatedAtDesc(long learnerId);

    /** Row: learnerId, moduleId, seconds spent — read as figures, not as entities, for whole cohorts. */
    @Query("select p.learnerId, p.moduleId, p.secondsSpent from ModuleProgress p where p.learnerId in :learnerIds")
    List<Object[]> timeSpent(Collection<Long> learnerIds);
}
