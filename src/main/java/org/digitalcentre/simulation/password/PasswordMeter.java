package org.digitalcentre.simulation.password;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How hard a password is to guess, by zxcvbn (see docs/decisions/0004-password-strength.md): its score from 0 (very
 * weak) to 4 (very strong) and advice. zxcvbn's own sentences are English and technical; we only keep which
 * warning and suggestions it chose, and turn them into plain advice of our own ({@code sim.password.advice.*}).
 */
public final class PasswordMeter {

    /** Our advice, by zxcvbn's message key. Keys not listed here give the general advice {@link #MORE_WORDS}. */
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP10, "common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_TOP100, "common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_VERY_COMMON, "common"),
            Map.entry(Feedback.DICTIONARY_WARNING_PASSWORDS_SIMILAR, "common"),
            Map.entry(Feedback.DICTIONARY_WARNING_ENGLISH_WIKIPEDIA_ITSELF, "one-word"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_THEMSELVES, "names"),
            Map.entry(Feedback.DICTIONARY_WARNING_ETC_NAMES_COMMON, "names"),
            Map.entry(Feedback.SPATIAL_WARNING_STRAIGHT_ROWS_OF_KEYS, "keyboard"),
            Map.entry(Feedback.SPATIAL_WARNING_SHORT_KEYBOARD_PATTERNS, "keyboard"),
            Map.entry(Feedback.SPATIAL_SUGGESTIONS_USE_LONGER_KEYBOARD_PATTERN, "keyboard"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_AAA, "repeats"),
            Map.entry(Feedback.REPEAT_WARNING_LIKE_ABCABCABC, "repeats"),
            Map.entry(Feedback.REPEAT_SUGGESTIONS_AVOID_REPEATED_WORDS, "repeats"),
            Map.entry(Feedback.SEQUENCE_WARNING_LIKE_ABCOR6543, "sequences"),
            Map.entry(Feedback.SEQUENCE_SUGGESTIONS_AVOID_SEQUENCES, "sequences"),
            Map.entry(Feedback.REGEX_WARNING_RECENT_YEARS, "dates"),
            Map.entry(Feedback.REGEX_SUGGESTIONS_AVOID_RECENT_YEARS, "dates"),
            Map.entry(Feedback.DATE_WARNING_DATES, "dates"),
            Map.entry(Feedback.DATE_SUGGESTIONS_AVOID_DATES, "dates"),
            Map.entry(Feedback.DEFAULT_SUGGESTIONS_USE_FEW_WORDS, "more-words"),
            Map.entry(Feedback.EXTRA_SUGGESTIONS_ADD_ANOTHER_WORD, "more-words"),
            Map.entry(Feedback.DEFAULT_SUGGESTIONS_NO_NEED_SYMBOLS, "no-symbols"),
            Map.entry(Feedback.DICTIONARY_SUGGESTIONS_CAPITALIZATION, "capitals"),
            Map.entry(Feedback.DICTIONARY_SUGGESTIONS_ALL_UPPERCASE, "capitals"),
            Map.entry(Feedback.DICTIONARY_SUGGESTIONS_REVERSED, "reversed"),
            Map.entry(Feedback.DICTIONARY_SUGGESTIONS_L33T, "swaps"));

    static final String MORE_WORDS = "more-words";

    /** zxcvbn loads its word lists once; measuring is then safe from any thread. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /** Hands zxcvbn's message keys back instead of its English sentences. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    /** The measure of one password: a score from 0 to 4, and our advice's names, most useful first. */
    public record Measure(int score, List<String> advice) {

        public Measure {
            advice = List.copyOf(advice);
        }
    }

    private PasswordMeter() {
    }

    /** @param personal what anyone who knows her could guess: zxcvbn counts them as the easiest words of all */
    public static Measure measure(String password, List<String> personal) {
        if (password.isEmpty()) {
            return new Measure(0, List.of());
        }
        Strength strength = ZXCVBN.measure(password, personal);
        Feedback keys = strength.getFeedback().withResourceBundle(KEYS);
        Set<String> advice = new LinkedHashSet<>();
        Stream.concat(Stream.ofNullable(keys.getWarning()), keys.getSuggestions().stream())
                .filter(key -> key != null && !key.isBlank())
                .forEach(key -> advice.add(ADVICE.getOrDefault(key, MORE_WORDS)));
        return new Measure(strength.getScore(), List.copyOf(advice));
    }
}
