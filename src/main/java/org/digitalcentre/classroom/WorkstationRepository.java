package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface WorkstationRepository extends JpaRepository<Workstation, Long> {

    Optional<Workstation> findByTokenHash(String tokenHash);

    List<Workstation> findAllByOrderByNameAsc();
}
