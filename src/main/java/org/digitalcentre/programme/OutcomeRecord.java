package org.digitalcentre.programme;

import jakarta.validation.constraints.Size;
import org.digitalcentre.base.PlainText;

import java.time.LocalDate;

/**
 * A learner's outcome at the end of the programme and her two follow-ups. Category and date are null until the
 * teacher records them; the note is short and optional.
 */
public record OutcomeRecord(OutcomeCategory category, LocalDate decidedOn,
                            @Size(max = OutcomeRecord.NOTE_LENGTH) @PlainText String note,
                            FollowUpRecord afterThreeMonths, FollowUpRecord afterSixMonths) {

    public static final int NOTE_LENGTH = 300;

    public static final OutcomeRecord NONE = new OutcomeRecord(null, null, "", FollowUpRecord.NOT_DONE,
            FollowUpRecord.NOT_DONE);
}
