package org.digitalcentre.classroom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;
import org.digitalcentre.base.PlainText;

/**
 * A cohort as a teacher or an administrator sets it up. Each rule is declared here once; the service enforces it
 * and the form shows what it reports. Messages are translation keys.
 */
public record CohortDetails(
        @NotBlank(message = "cohort.name.required")
        @Size(max = Cohort.NAME_MAX, message = "cohort.name.too-long")
        @PlainText
        String name,

        @NotNull(message = "cohort.centre.required")
        Long centreId,

        @NotNull(message = "cohort.start.required")
        LocalDate startDate,

        @Min(value = 1, message = "cohort.weeks.range")
        @Max(value = Cohort.MAX_WEEKS, message = "cohort.weeks.range")
        int weeks,

        @NotNull
        Set<Long> teacherIds) {

    public CohortDetails {
        teacherIds = teacherIds == null ? Set.of() : Set.copyOf(teacherIds);
    }
}
