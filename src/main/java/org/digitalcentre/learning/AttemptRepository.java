package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    boolean existsByLearnerIdAndExerciseIdAndModuleId(long learnerId, String exerciseId, String moduleId);

    List<Attempt> findByLearnerIdAndModuleIdOrderByEndedAtAscIdAsc(long learnerId, String moduleId);

    /** Her attempts as records, newest first: read-only figures, no entities to manage. */
    @Query("select new org.digitalcentre.learning.AttemptRecord(a.id, a.learnerId, a.moduleId, a.contentVersion, "
            + "a.exerciseId, a.answer, a.correct, a.score, a.firstTry, a.hintUsed, a.timeSpentMs, a.startedAt, "
            + "a.endedAt) from Attempt a where a.learnerId = :learnerId order by a.endedAt desc, a.id desc")
    List<AttemptRecord> recordsOf(long learnerId);

    /** Row: moduleId, exerciseId, learners who tried it, learners right at the first try. */
    @Query("select a.moduleId, a.exerciseId, count(a), sum(case when a.correct = true then 1 else 0 end) "
            + "from Attempt a where a.firstTry = true and a.learnerId in :learnerIds group by a.moduleId, a.exerciseId")
    List<Object[]> firstTryStats(Collection<Long> learnerIds);

    /** Row: moduleId, exerciseId, content version, answer JSON, how many times — wrong answers only. */
    @Query("select a.moduleId, a.exerciseId, a.contentVersion, a.answer, count(a) from Attempt a "
            + "where a.correct = false and a.learnerId in :learnerIds "
            + "group by a.moduleId, a.exerciseId, a.contentVersion, a.answer")
    List<Object[]> wrongAnswersByVersion(Collection<Long> learnerIds);

    List<Attempt> findByLearnerIdInAndModuleIdAndExerciseIdOrderByEndedAtAscIdAsc(Collection<Long> learnerIds,
                                                                                 String moduleId, String exerciseId);

    /** Row: learnerId, moduleId, exerciseId, correct, score — one per learner and exercise. */
    @Query("select a.learnerId, a.moduleId, a.exerciseId, a.correct, a.score from Attempt a "
            + "where a.firstTry = true and a.learnerId in :learnerIds")
    List<Object[]> firstTries(Collection<Long> learnerIds);

    /**
     * Row: moduleId, exerciseId, stepId, learners whose first try had that step, learners who got it right then — the
     * steps of simulations, where the group fails.
     */
    @Query("select a.moduleId, a.exerciseId, s.stepId, count(s), "
            + "sum(case when s.outcome = org.digitalcentre.simulation.StepOutcome.RIGHT then 1 else 0 end) "
            + "from Attempt a join a.steps s where a.firstTry = true and a.learnerId in :learnerIds "
            + "group by a.moduleId, a.exerciseId, s.stepId")
    List<Object[]> firstTryStepStats(Collection<Long> learnerIds);

    /** Row: attempt id, step id, outcome — her simulations' graded steps, in each attempt's order. */
    @Query("select a.id, s.stepId, s.outcome from Attempt a join a.steps s where a.learnerId = :learnerId "
            + "order by a.id, index(s)")
    List<Object[]> stepsOf(long learnerId);
}
