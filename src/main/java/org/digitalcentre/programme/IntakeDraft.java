package org.digitalcentre.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.digitalcentre.base.PlainText;

import java.util.Set;

/**
 * What a teacher writes after the interview. Each rule is here once: the form shows it, the service enforces it.
 * Messages are translation keys.
 */
public record IntakeDraft(
        Set<IntakeGoal> goals,
        @Size(max = TEXT_MAX, message = "intake.error.too-long") @PlainText(multiLine = true) String goalsText,
        boolean childcareNeeded,
        @Min(value = 0, message = "intake.error.hours") @Max(value = HOURS_MAX, message = "intake.error.hours")
        Integer hoursPerWeek,
        @Size(max = LANGUAGES_MAX, message = "intake.error.too-long") @PlainText String languagesSpoken,
        @Size(max = LANGUAGES_MAX, message = "intake.error.too-long") @PlainText String languagesRead,
        @NotNull(message = "intake.error.starting-point") IntakeStartingPoint startingPoint) {

    public static final int TEXT_MAX = 2000;
    public static final int LANGUAGES_MAX = 200;
    public static final int HOURS_MAX = 60;

    public IntakeDraft {
        goals = goals == null ? Set.of() : Set.copyOf(goals);
    }
}
