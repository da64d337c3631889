package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    List<Learner> findByCohortIdOrderByFirstNameAscLastInitialAsc(long cohortId);

    long countByCohortId(long cohortId);

    @Query("select new org.digitalcentre.classroom.LearnerTile(l.id, l.cohort.id, l.firstName, l.lastInitial, "
            + "l.picture, l.locked) from Learner l where l.cohort.id = :cohortId order by l.firstName, l.lastInitial")
    List<LearnerTile> tilesOf(long cohortId);
}
