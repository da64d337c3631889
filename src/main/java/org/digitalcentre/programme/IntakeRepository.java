package org.digitalcentre.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    Optional<Intake> findByLearnerId(long learnerId);

    long deleteByLearnerId(long learnerId);
}
