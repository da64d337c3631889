package org.digitalcentre.classroom;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.digitalcentre.base.AbstractEntity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.digitalcentre.base.PlainText;

/** A group of about twelve women following the programme together, usually for twelve weeks. */
@Entity
public class Cohort extends AbstractEntity {

    public static final int NAME_MAX = 120;
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 52;

    @ManyToOne(optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Min(1)
    @Max(MAX_WEEKS)
    private int weeks = DEFAULT_WEEKS;

    private boolean archived;

    /** The staff accounts (by id) who teach this cohort. */
    @ElementCollection
    @CollectionTable(name = "cohort_teacher", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "staff_id")
    private Set<Long> teacherIds = new HashSet<>();

    protected Cohort() {
    }

    public Cohort(Centre centre, String name, LocalDate startDate) {
        this.centre = centre;
        this.name = name;
        this.startDate = startDate;
    }

    public Centre getCentre() {
        return centre;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public int getWeeks() {
        return weeks;
    }

    public boolean isArchived() {
        return archived;
    }

    public Set<Long> getTeacherIds() {
        return teacherIds;
    }

    void update(Centre centre, CohortDetails details) {
        this.centre = centre;
        this.name = details.name().strip();
        this.startDate = details.startDate();
        this.weeks = details.weeks();
        this.teacherIds.clear();
        this.teacherIds.addAll(details.teacherIds());
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }
}
