package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentreRepository extends JpaRepository<Centre, Long> {
}
