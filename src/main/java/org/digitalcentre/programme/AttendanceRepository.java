package org.digitalcentre.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByCohortIdAndWeekAndModuleId(long cohortId, int week, String moduleId);

    List<Attendance> findByCohortId(long cohortId);

    List<Attendance> findByLearnerIdOrderByWeekAscModuleIdAsc(long learnerId);
}
