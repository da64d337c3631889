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
     * counted once. An account whose lock has run out starts counting again from one. An account still locked is
     * left as it is (its lock is not made longer). The try that reaches {@code limit} locks it until {@code until}.
     * The cast gives the CASE a type: PostgreSQL otherwise reads "{@code then ? else null}" as text and refuses it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StaffAccount a
               set a.wrongPasswords = case when a.lockedUntil is not null then 1 else a.wrongPasswords + 1 end,
                   a.lockedUntil = case
                       when (case when a.lockedUntil is not null then 1 else a.wrongPasswords + 1 end) >= :limit
                       then cast(:until as Instant) else null end
             where a.username = :username and (a.lockedUntil is null or a.lockedUntil <= :now)""")
    int countWrongPassword(@Param("username") String username, @Param("limit") int limit,
                           @Param("now") Instant now, @Param("until") Instant until);

    /** The right password: the count starts again from zero. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StaffAccount a set a.wrongPasswords = 0, a.lockedUntil = null where a.username = :username")
    int countRightPassword(@Param("username") String username);
}
