package org.digitalcentre.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TeacherNoteRepository extends JpaRepository<TeacherNote, Long> {

    List<TeacherNote> findByLearnerIdOrderByWrittenOnDescIdDesc(long learnerId);

    long countByLearnerId(long learnerId);
}
