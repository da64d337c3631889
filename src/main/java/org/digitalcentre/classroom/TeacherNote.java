package org.digitalcentre.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A teacher's private note on a learner: only her cohort's teachers and administrators can read it. Edited, it says
 * who edited it and when; deleted, its text is gone and only who deleted it and when stays.
 */
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

    @Column(name = "edited_by_id")
    private Long editedById;

    @Column(name = "edited_by_name", length = 120)
    private String editedByName;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_by_id")
    private Long deletedById;

    @Column(name = "deleted_by_name", length = 120)
    private String deletedByName;

    @Column(name = "deleted_at")
    private Instant deletedAt;

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

    /** Her teacher rewrote it: the new text replaces the old one, and the note says who and when. */
    void edit(long staffId, String staffName, NoteDraft draft, Instant now) {
        this.writtenOn = draft.writtenOn();
        this.goals = clean(draft.goals());
        this.barriers = clean(draft.barriers());
        this.accommodations = clean(draft.accommodations());
        this.freeText = clean(draft.freeText());
        this.editedById = staffId;
        this.editedByName = staffName;
        this.editedAt = now;
    }

    /** Deleted: no text is kept, only who deleted it and when. */
    void delete(long staffId, String staffName, Instant now) {
        this.goals = "";
        this.barriers = "";
        this.accommodations = "";
        this.freeText = "";
        this.deletedById = staffId;
        this.deletedByName = staffName;
        this.deletedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long getLearnerId() {
        return learnerId;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    TeacherNoteRecord toRecord() {
        return new TeacherNoteRecord(getId(), learnerId, authorName, writtenOn, goals, barriers, accommodations,
                freeText, Optional.ofNullable(editedAt).map(at -> new TeacherNoteRecord.Change(editedByName, at)),
                Optional.ofNullable(deletedAt).map(at -> new TeacherNoteRecord.Change(deletedByName, at)));
    }
}
