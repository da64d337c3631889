package org.digitalcentre.programme;

/** Where she starts with computers, in her own words at the interview. */
public enum IntakeStartingPoint {
    NEVER_USED, PHONE_ONLY, SOME_COMPUTER, AT_EASE;

    public String key() {
        return "intake.start." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
