package org.digitalcentre.classroom;

import java.util.regex.Pattern;

/** A learner's sign-in code: exactly four digits, chosen so that she can type it on the keypad alone. */
public final class LearnerCode {

    public static final int LENGTH = 4;
    public static final String PATTERN = "\\d{" + LENGTH + "}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private LearnerCode() {
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }
}
