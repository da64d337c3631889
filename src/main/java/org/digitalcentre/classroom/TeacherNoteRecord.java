package org.digitalcentre.classroom;

import java.time.LocalDate;

public record TeacherNoteRecord(long id, long learnerId, String authorName, LocalDate writtenOn, String goals,
                                String barriers, String accommodations, String freeText) {
}
