package org.digitalcentre.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;
import org.digitalcentre.base.PlainText;

/** A learner to enrol. Each rule is declared here once; messages are translation keys. */
public record NewLearner(
        @NotBlank(message = "learner.first-name.required")
        @Size(max = Learner.FIRST_NAME_MAX, message = "learner.first-name.too-long")
        @PlainText
        String firstName,

        @NotNull(message = "learner.initial.letter")
        @Pattern(regexp = "\\s*\\p{L}?\\.?\\s*", message = "learner.initial.letter")
        String lastInitial,

        @NotNull(message = "learner.picture.required")
        LearnerPicture picture,

        @NotNull(message = "learner.code.digits")
        @Pattern(regexp = LearnerCode.PATTERN, message = "learner.code.digits")
        String code) {

    /** The initial as it is stored: one capital letter, or nothing. */
    String cleanInitial() {
        String letters = lastInitial.replace(".", "").strip();
        return letters.isEmpty() ? "" : letters.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
