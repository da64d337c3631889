package org.digitalcentre.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);
}
