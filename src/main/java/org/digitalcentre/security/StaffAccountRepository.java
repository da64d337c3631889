package org.digitalcentre.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
