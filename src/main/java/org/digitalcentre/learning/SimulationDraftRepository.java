package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface SimulationDraftRepository extends JpaRepository<SimulationDraft, SimulationDraft.Key> {
}
