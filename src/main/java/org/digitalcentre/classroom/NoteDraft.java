package org.digitalcentre.classroom;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import org.digitalcentre.base.PlainText;

/** A note as the teacher writes it: dated, in four parts, at least one of them filled in. */
public record NoteDraft(
        @NotNull(message = "note.date.required")
        @PastOrPresent(message = "note.date.future")
        LocalDate writtenOn,

        @Size(max = SHORT_MAX, message = "note.too-long")
        @PlainText(multiLine = true)
        String goals,

        @Size(max = SHORT_MAX, message = "note.too-long")
        @PlainText(multiLine = true)
        String barriers,

        @Size(max = SHORT_MAX, message = "note.too-long")
        @PlainText(multiLine = true)
        String accommodations,

        @Size(max = LONG_MAX, message = "note.too-long")
        @PlainText(multiLine = true)
        String freeText) {

    public static final int SHORT_MAX = 2000;
    public static final int LONG_MAX = 4000;

    @AssertTrue(message = "note.empty")
    public boolean isFreeTextOrAnyPartWritten() {
        return !(blank(goals) && blank(barriers) && blank(accommodations) && blank(freeText));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
