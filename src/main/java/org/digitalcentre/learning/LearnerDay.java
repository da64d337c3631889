package org.digitalcentre.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

/** The time one learner spent learning on one day, for teachers' "time per week". */
@Entity
@Table(name = "learner_day")
class LearnerDay {

    @EmbeddedId
    private Key key;

    @Column(name = "seconds_spent", nullable = false)
    private long secondsSpent;

    protected LearnerDay() {
    }

    LearnerDay(long learnerId, LocalDate day) {
        this.key = new Key(learnerId, day);
    }

    void add(long seconds) {
        secondsSpent += seconds;
    }

    LocalDate day() {
        return key.day;
    }

    long secondsSpent() {
        return secondsSpent;
    }

    @Embeddable
    record Key(@Column(name = "learner_id") long learnerId, @Column(name = "on_day") LocalDate day)
            implements Serializable {
    }
}
