package org.digitalcentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.digitalcentre.base.AbstractEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One learner's intake record (see {@link IntakeService}); goals kept as a comma-separated list of names. */
@Entity
@Table(name = "intake")
class Intake extends AbstractEntity {

    @Column(name = "learner_id", nullable = false, unique = true)
    private long learnerId;

    @Column(nullable = false, length = 200)
    private String goals;

    @Column(name = "goals_text", nullable = false, length = IntakeDraft.TEXT_MAX)
    private String goalsText;

    @Column(name = "childcare_needed", nullable = false)
    private boolean childcareNeeded;

    @Column(name = "hours_per_week")
    private Integer hoursPerWeek;

    @Column(name = "languages_spoken", nullable = false, length = IntakeDraft.LANGUAGES_MAX)
    private String languagesSpoken;

    @Column(name = "languages_read", nullable = false, length = IntakeDraft.LANGUAGES_MAX)
    private String languagesRead;

    @Enumerated(EnumType.STRING)
    @Column(name = "starting_point", nullable = false, length = 30)
    private IntakeStartingPoint startingPoint;

    @Column(name = "written_by_name", nullable = false, length = 120)
    private String writtenByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Intake() {
    }

    Intake(long learnerId) {
        this.learnerId = learnerId;
    }

    void write(IntakeDraft draft, String staffName, Instant now) {
        this.goals = draft.goals().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.goalsText = clean(draft.goalsText());
        this.childcareNeeded = draft.childcareNeeded();
        this.hoursPerWeek = draft.hoursPerWeek();
        this.languagesSpoken = clean(draft.languagesSpoken());
        this.languagesRead = clean(draft.languagesRead());
        this.startingPoint = draft.startingPoint();
        this.writtenByName = staffName;
        this.updatedAt = now;
    }

    IntakeRecord toRecord() {
        Set<IntakeGoal> picked = EnumSet.noneOf(IntakeGoal.class);
        Arrays.stream(goals.split(",")).filter(name -> !name.isBlank()).map(IntakeGoal::valueOf).forEach(picked::add);
        return new IntakeRecord(learnerId, picked, goalsText, childcareNeeded, hoursPerWeek, languagesSpoken,
                languagesRead, startingPoint, writtenByName, updatedAt);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
