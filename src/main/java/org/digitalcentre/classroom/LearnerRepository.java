package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    List<Learner> findByCohortIdOrderByFirstNameAscLastInitialAsc(long cohortId);

    long countByCohortId(long cohortId);

    @Query("select new org.digitalcentre.classroom.LearnerTile(l.id, l.cohort.id, l.firstName, l.lastInitial, "
            + "l.picture, l.locked) from Learner l where l.cohort.id = :cohortId order by l.firstName, l.lastInitial")
    List<LearnerTile> tilesOf(long cohortId);

    /** The tiles of the cohort's sign-in screen: anonymised learners are not on it. */
    @Query("select new org.digitalcentre.classroom.LearnerTile(l.id, l.cohort.id, l.firstName, l.lastInitial, "
            + "l.picture, l.locked) from Learner l where l.cohort.id = :cohortId and l.anonymisedAt is null "
            + "order by l.firstName, l.lastInitial")
    List<LearnerTile> signInTilesOf(long cohortId);

    @Query("select coalesce(max(l.anonymousNumber), 0) from Learner l where l.cohort.id = :cohortId")
    int highestAnonymousNumber(long cohortId);

    @Query("select l.id from Learner l where l.cohort.id = :cohortId and l.anonymisedAt is null order by l.id")
    List<Long> namedLearnerIdsOf(long cohortId);

    /** Row: cohort id, learners not anonymised yet. */
    @Query("select l.cohort.id, count(l) from Learner l where l.anonymisedAt is null group by l.cohort.id")
    List<Object[]> namedLearnersByCohort();

    /**
     * Counts a try at her code before the code is checked, in one conditional UPDATE: however many sessions try at
     * once, the database adds them one by one, so the count never loses a try. Returns 0 (nothing counted) when she
     * is locked, her cohort is archived, or the wait after her last wrong code is not over.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Learner l set l.failedCodeEntries = l.failedCodeEntries + 1 where l.id = :learnerId "
            + "and l.locked = false and l.anonymisedAt is null "
            + "and (l.codeTryNotBefore is null or l.codeTryNotBefore <= :now) "
            + "and exists (select c.id from Cohort c where c.id = l.cohort.id and c.archived = false)")
    int takeCodeTry(long learnerId, Instant now);

    @Query("select new org.digitalcentre.classroom.LearnerTile(l.id, l.cohort.id, l.firstName, l.lastInitial, "
            + "l.picture, l.locked) from Learner l where l.id = :learnerId and l.cohort.archived = false "
            + "and l.anonymisedAt is null")
    Optional<LearnerTile> tileInActiveCohort(long learnerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Learner l set l.failedCodeEntries = 0, l.codeTryNotBefore = null where l.id = :learnerId")
    void codeAccepted(long learnerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Learner l set l.locked = true where l.id = :learnerId")
    void lock(long learnerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Learner l set l.codeTryNotBefore = :notBefore where l.id = :learnerId")
    void nextCodeTryNotBefore(long learnerId, Instant notBefore);
}
