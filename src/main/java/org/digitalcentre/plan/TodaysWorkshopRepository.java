package org.digitalcentre.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TodaysWorkshopRepository extends JpaRepository<TodaysWorkshop, Long> {
}
