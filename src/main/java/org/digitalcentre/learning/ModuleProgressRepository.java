package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByLearnerIdAndModuleId(long learnerId, String moduleId);

    List<ModuleProgress> findByLearnerIdOrderByUpdatedAtDesc(long learnerId);

    List<ModuleProgress> findByLearnerIdIn(Collection<Long> learnerIds);
}
