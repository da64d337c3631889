package org.digitalcentre.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LearnerDayRepository extends JpaRepository<LearnerDay, LearnerDay.Key> {

    List<LearnerDay> findByKeyLearnerIdOrderByKeyDay(long learnerId);
}
