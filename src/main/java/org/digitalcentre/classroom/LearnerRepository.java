package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    List<Learner> findByCohortIdOrderByFirstNameAscLastInitialAsc(long cohortId);

    long countByCohortId(long cohortId);
}
