package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select c from Cohort c join fetch c.centre where c.archived = false order by c.centre.name, c.name")
    List<Cohort> findActive();

    @Query("select c from Cohort c join fetch c.centre where c.archived = false and :staffId member of c.teacherIds "
            + "order by c.name")
    List<Cohort> findActiveTaughtBy(long staffId);

    boolean existsByIdAndArchivedFalse(long id);

    @Query("select count(c) > 0 from Cohort c where c.id = :cohortId and c.archived = false "
            + "and :staffId member of c.teacherIds")
    boolean isActiveAndTaughtBy(long cohortId, long staffId);

    @Query("select distinct c from Cohort c join fetch c.centre left join fetch c.teacherIds")
    List<Cohort> findAllWithCentre();

    @Query("select distinct c from Cohort c join fetch c.centre left join fetch c.teacherIds "
            + "where c.id in (select t.id from Cohort t where :staffId member of t.teacherIds)")
    List<Cohort> findAllTaughtBy(long staffId);
}
