package org.digitalcentre.simulation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What is kept in place of a text she typed in a password field of a simulation: never the text, only the facts that
 * grading needs (its length, its strength, which rules it passes) and a {@code number} that is the same for the same
 * text within one try, so that "typed the same twice" and "signed in with the password she chose" are graded the
 * same on the stored try as on the live one (see docs/decisions/0012-practice-passwords-and-past-answers.md).
 *
 * <p>Written as {@code ⁂password-not-kept:2;length=12;score=3}: readable in an export, and never something a field
 * of a simulation accepts (see {@link #isStandIn}), so that nobody can type one to fake a strong password.
 */
public record PasswordStandIn(int number, Map<String, String> facts) {

    static final String MARK = "⁂password-not-kept:";

    public static final String LENGTH = "length";

    public PasswordStandIn {
        facts = Map.copyOf(facts);
    }

    /** True when this value is a stand-in, not something she typed. */
    public static boolean isStandIn(String value) {
        return value != null && value.startsWith(MARK);
    }

    /** The stand-in this value is, if it is one. */
    public static Optional<PasswordStandIn> read(String value) {
        if (!isStandIn(value)) {
            return Optional.empty();
        }
        String[] parts = value.substring(MARK.length()).split(";");
        try {
            int number = Integer.parseInt(parts[0]);
            Map<String, String> facts = new HashMap<>();
            for (String part : Arrays.asList(parts).subList(1, parts.length)) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    facts.put(part.substring(0, equals),
                            URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.of(new PasswordStandIn(number, facts));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The stand-in as stored: the same facts always write the same text. */
    public String written() {
        StringBuilder text = new StringBuilder(MARK).append(number);
        new TreeMap<>(facts).forEach((key, value) -> text.append(';').append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    public int length() {
        return number(LENGTH);
    }

    public int number(String fact) {
        try {
            return Integer.parseInt(facts.getOrDefault(fact, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean flag(String fact) {
        return Boolean.parseBoolean(facts.get(fact));
    }

    public List<String> list(String fact) {
        String value = facts.getOrDefault(fact, "");
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    /** The length of what she typed: of the text, or as its stand-in says. */
    public static int lengthOf(String value) {
        return read(value).map(PasswordStandIn::length).orElse(value.length());
    }

    /**
     * Numbers the texts of one try: the same text gets the same number, another text the next one, above any number
     * the try's stand-ins already have (a try resumed from the stored one goes on with new texts).
     */
    public static final class Numbering {

        private final Map<String, String> writtenByText = new HashMap<>();
        private int next;

        public Numbering(List<SimEvent> events) {
            next = 1 + events.stream().map(SimEvent::value).map(PasswordStandIn::read).flatMap(Optional::stream)
                    .mapToInt(PasswordStandIn::number).max().orElse(0);
        }

        /**
         * The stand-in for this typed text, with these facts about it. An empty text stays empty (nothing typed); a
         * stand-in stays as it is.
         */
        public String standIn(String typed, Map<String, ?> facts) {
            return standIn(typed, text -> facts);
        }

        /**
         * The same, with the facts worked out only for a text not met yet in this try: measuring a password's
         * strength is the costly part, and a try repeats the same text (typed twice, each change of the other field).
         */
        public String standIn(String typed, Function<String, Map<String, ?>> factsOf) {
            if (typed.isEmpty() || isStandIn(typed)) {
                return typed;
            }
            return writtenByText.computeIfAbsent(typed, text -> {
                int number = next++;
                Map<String, String> written = new LinkedHashMap<>();
                written.put(LENGTH, String.valueOf(text.length()));
                factsOf.apply(text).forEach((key, value) -> written.put(key, value instanceof List<?> list
                        ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value)));
                return new PasswordStandIn(number, written).written();
            });
        }
    }
}
