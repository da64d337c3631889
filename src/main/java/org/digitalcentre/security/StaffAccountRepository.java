package org.digitalcentre.security;

import org.digitalcentre.base.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccount> findByRoleOrderByDisplayName(Role role);

    List<StaffAccount> findAllByOrderByDisplayName();

    long countByRoleAndDisabledFalse(Role role);

    /**
     * Counts one wrong password in a single conditional UPDATE, so that tries made at the same moment are each
     * counted once: the row stays locked by this transaction until it ends. An account whose lock has run out starts
     * counting again from one (the lock is lifted). An account still locked is left as it is (its lock is not made
     * longer). Returns 0 when nothing was counted.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StaffAccount a
               set a.wrongPasswords = case when a.lockedUntil is not null then 1 else a.wrongPasswords + 1 end,
                   a.lockedUntil = null
             where a.username = :username and (a.lockedUntil is null or a.lockedUntil <= :now)""")
    int countWrongPassword(@Param("username") String username, @Param("now") Instant now);

    /**
     * Locks the account until {@code until} once the count has reached {@code limit}: in the transaction of
     * {@link #countWrongPassword}, which holds the row. Two statements rather than one "case ... then :until else
     * null": PostgreSQL types such a CASE as text, and a cast to a zoned timestamp would be stored shifted by the
     * server's time zone (docs/decisions/0011-postgresql-tested.md).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StaffAccount a set a.lockedUntil = :until
             where a.username = :username and a.lockedUntil is null and a.wrongPasswords >= :limit""")
    int lockOnceCountReached(@Param("username") String username, @Param("limit") int limit,
                             @Param("until") Instant until);

    /** The right password: the count starts again from zero. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount a set a.wrongPasswords = 0, a.lockedUntil = null where a.username = :username")
    int countRightPassword(@Param("username") String username);
}
