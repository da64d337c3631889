package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface KeptExerciseRepository extends JpaRepository<KeptExercise, KeptExercise.Key> {

    /** Each module version already kept, as {@code moduleId + "@" + version}. */
    @Query("select distinct concat(k.key.moduleId, '@', k.key.version) from KeptExercise k")
    List<String> keptVersions();
}
