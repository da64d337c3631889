package org.digitalcentre.plan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface HiddenModuleRepository extends JpaRepository<HiddenModule, HiddenModule.Key> {

    List<HiddenModule> findByKeyCohortId(long cohortId);
}
