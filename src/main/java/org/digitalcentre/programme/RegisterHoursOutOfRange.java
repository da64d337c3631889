package org.digitalcentre.programme;

/** A register line with hours below 0 or above {@link AttendanceService#MAX_HOURS}: nothing of the register is saved. */
public class RegisterHoursOutOfRange extends IllegalArgumentException {

    private final long learnerId;

    RegisterHoursOutOfRange(long learnerId) {
        super("Hours out of range");
        this.learnerId = learnerId;
    }

    public long learnerId() {
        return learnerId;
    }
}
