package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    boolean existsByLearnerIdAndExerciseIdAndModuleId(long learnerId, String exerciseId, String moduleId);

    List<Attempt> findByLearnerIdAndModuleIdOrderByEndedAtAscIdAsc(long learnerId, String moduleId);

    List<Attempt> findByLearnerIdOrderByEndedAtDescIdDesc(long learnerId);

    /** Row: learnerId, moduleId, exerciseId, correct, score — one per learner and exercise. */
    @Query("select a.learnerId, a.moduleId, a.exerciseId, a.correct, a.score from Attempt a "
            + "where a.firstTry = true and a.learnerId in :learnerIds")
    List<Object[]> firstTries(Collection<Long> learnerIds);
}
