package org.digitalcentre.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A note as teachers read it. {@code edited}: who last edited it, and when. {@code deleted}: who deleted it, and
 * when; a deleted note has no text left.
 */
public record TeacherNoteRecord(long id, long learnerId, String authorName, LocalDate writtenOn, String goals,
                                String barriers, String accommodations, String freeText, Optional<Change> edited,
                                Optional<Change> deleted) {

    /** Who changed a note, and when. */
    public record Change(String by, Instant at) {
    }

    /** The note as it was written, not changed since. */
    public TeacherNoteRecord(long id, long learnerId, String authorName, LocalDate writtenOn, String goals,
                             String barriers, String accommodations, String freeText) {
        this(id, learnerId, authorName, writtenOn, goals, barriers, accommodations, freeText, Optional.empty(),
                Optional.empty());
    }

    public boolean isDeleted() {
        return deleted.isPresent();
    }
}
