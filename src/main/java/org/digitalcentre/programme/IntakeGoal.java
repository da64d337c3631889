package org.digitalcentre.programme;

/** What she wants from the programme, picked from a short list at the interview (the translation key says it). */
public enum IntakeGoal {
    JOB, TRAINING, PROJECT, ONLINE_PAPERWORK, FAMILY_CONTACT, CONFIDENCE;

    public String key() {
        return "intake.goal." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
