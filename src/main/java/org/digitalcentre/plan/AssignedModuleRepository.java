package org.digitalcentre.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AssignedModuleRepository extends JpaRepository<AssignedModule, Long> {

    List<AssignedModule> findByLearnerIdOrderByAssignedAtAsc(long learnerId);

    Optional<AssignedModule> findByLearnerIdAndModuleId(long learnerId, String moduleId);
}
