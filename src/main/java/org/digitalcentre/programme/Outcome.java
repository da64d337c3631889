package org.digitalcentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.LocalDate;

/** The row of one learner's outcome and follow-ups (V14__outcomes.sql). */
@Entity
@Table(name = "learner_outcome")
class Outcome extends AbstractEntity {

    @Column(name = "learner_id", nullable = false, unique = true)
    private long learnerId;
    @Enumerated(EnumType.STRING)
    private OutcomeCategory category;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(length = OutcomeRecord.NOTE_LENGTH)
    private String note;
    @Column(name = "follow_up3_done", nullable = false)
    private boolean followUp3Done;
    @Column(name = "follow_up3_on")
    private LocalDate followUp3On;
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up3_category")
    private OutcomeCategory followUp3Category;
    @Column(name = "follow_up6_done", nullable = false)
    private boolean followUp6Done;
    @Column(name = "follow_up6_on")
    private LocalDate followUp6On;
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up6_category")
    private OutcomeCategory followUp6Category;

    protected Outcome() {
    }

    Outcome(long learnerId) {
        this.learnerId = learnerId;
    }

    void set(OutcomeRecord outcome) {
        category = outcome.category();
        decidedOn = outcome.decidedOn();
        note = outcome.note() == null || outcome.note().isBlank() ? null : outcome.note().strip();
        FollowUpRecord three = outcome.afterThreeMonths() == null ? FollowUpRecord.NOT_DONE : outcome.afterThreeMonths();
        FollowUpRecord six = outcome.afterSixMonths() == null ? FollowUpRecord.NOT_DONE : outcome.afterSixMonths();
        followUp3Done = three.done();
        followUp3On = three.on();
        followUp3Category = three.category();
        followUp6Done = six.done();
        followUp6On = six.on();
        followUp6Category = six.category();
    }

    /** When she is anonymised: the figures stay, the teacher's words about her go. */
    void forgetNote() {
        note = null;
    }

    long getLearnerId() {
        return learnerId;
    }

    boolean followUpDone(int months) {
        return months == 3 ? followUp3Done : followUp6Done;
    }

    OutcomeRecord toRecord() {
        return new OutcomeRecord(category, decidedOn, note == null ? "" : note,
                new FollowUpRecord(followUp3Done, followUp3On, followUp3Category),
                new FollowUpRecord(followUp6Done, followUp6On, followUp6Category));
    }
}
