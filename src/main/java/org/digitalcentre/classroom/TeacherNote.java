package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A teacher's private note on a learner: only her cohort's teachers and administrators can read it. */
@Entity
@Table(name = "teacher_note")
class TeacherNote extends AbstractEntity {

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false, length = NoteDraft.SHORT_MAX)
    private String goals;

    @Column(nullable = false, length = NoteDraft.SHORT_MAX)
    private String barriers;

    @Column(nullable = false, length = NoteDraft.SHORT_MAX)
    private String accommodations;

    @Column(name = "free_text", nullable = false, length = NoteDraft.LONG_MAX)
    private String freeText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TeacherNote() {
    }

    TeacherNote(long learnerId, long authorId, String authorName, NoteDraft draft, Instant createdAt) {
        this.learnerId = learnerId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.writtenOn = draft.writtenOn();
        this.goals = clean(draft.goals());
        this.barriers = clean(draft.barriers());
        this.accommodations = clean(draft.accommodations());
        this.freeText = clean(draft.freeText());
        this.createdAt = createdAt;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    TeacherNoteRecord toRecord() {
        return new TeacherNoteRecord(getId(), learnerId, authorName, writtenOn, goals, barriers, accommodations,
                freeText);
    }
}
