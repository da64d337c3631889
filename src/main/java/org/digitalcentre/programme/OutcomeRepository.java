package org.digitalcentre.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    Optional<Outcome> findByLearnerId(long learnerId);

    List<Outcome> findByLearnerIdIn(Collection<Long> learnerIds);

    void deleteByLearnerId(long learnerId);
}
