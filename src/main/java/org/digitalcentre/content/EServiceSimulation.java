package org.digitalcentre.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An online public service with a made-up name and address: she may first create an account ({@code account}, its
 * fields), then sign in with a code sent by text message to a phone beside the form ({@code code}), then fills in
 * form {@code pages} (one field may be a document chosen in a file picker), checks a review page and submits.
 * Each field has the value the scenario expects: moving on with another value makes its step wrong.
 * {@code account} is empty when the task does not create one; {@code code} is null when she does not sign in;
 * {@code identifier} and {@code password} are what she signs in with when the task has no account to create.
 */
public record EServiceSimulation(String id, LocalizedText prompt, LocalizedText scenario, LocalizedText service,
                                 String address, List<Field> account, String code, String identifier,
                                 String password, List<Page> pages, List<Step> steps, Feedback feedback,
                                 LocalizedText hint) implements Simulation {

    /** Fields the screens have of their own: an author's field may not take these ids. */
    public static final List<String> OWN_FIELDS = List.of("password", "identifier", "code");

    /** The shortest password the account accepts, as real services ask. */
    public static final int PASSWORD_MIN_LENGTH = 8;

    public EServiceSimulation {
        account = List.copyOf(account);
        pages = List.copyOf(pages);
        steps = List.copyOf(steps);
    }

    public boolean createsAccount() {
        return !account.isEmpty();
    }

    public boolean signsIn() {
        return code != null;
    }

    /** One page of the form, with its title and fields. */
    public record Page(String id, LocalizedText title, List<Field> fields) {

        public Page {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field of the account or of a page. {@code expected} is the scenario's value (null: anything valid will do);
     * {@code options} are a choice's answers; {@code files} what the file picker offers for a document.
     */
    public record Field(String id, FieldKind kind, LocalizedText label, String expected, boolean required,
                        List<Option> options, List<String> files) {

        public Field {
            options = List.copyOf(options);
            files = List.copyOf(files);
        }

        /** Whether what she gave is what the scenario asks, as the kind compares values. */
        public boolean expects(String given) {
            return expected == null || kind.normalized(expected).equals(kind.normalized(given == null ? "" : given));
        }
    }

    /** An answer of a choice field. */
    public record Option(String id, LocalizedText text) {
    }

    /** What a field holds, and the real-world check it gets on the server before she can move on. */
    public enum FieldKind {
        TEXT("text"),
        /** A day as people write it in France: 12/03/1985. */
        DATE("date"),
        /** Five digits. */
        POSTCODE("postcode"),
        /** Fifteen digits whose last two are the key: 97 minus the first thirteen modulo 97. */
        SOCIAL_SECURITY_NUMBER("social-security-number"),
        EMAIL("email"),
        /** A French phone number: ten digits starting with 0. */
        PHONE("phone"),
        /** One of the field's options, by id. */
        CHOICE("choice"),
        /** One of the field's files, by name, chosen in the file picker. */
        DOCUMENT("document");

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);

        private final String written;

        FieldKind(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml. */
        public String written() {
            return written;
        }

        public static Optional<FieldKind> fromWritten(String written) {
            return Stream.of(values()).filter(k -> k.written.equals(written)).findFirst();
        }

        /**
         * What is wrong with a value she gave (a key of the messages: {@code date}, {@code postcode},
         * {@code ssn-length}, {@code ssn-key}, {@code email}, {@code phone}), or empty when it passes. A blank value
         * passes: whether it may be blank is the field's {@code required}.
         */
        public Optional<String> problemWith(String value) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            return switch (this) {
                case DATE -> dayOf(v).isPresent() ? Optional.empty() : Optional.of("date");
                case POSTCODE -> v.matches("\\d{5}") ? Optional.empty() : Optional.of("postcode");
                case SOCIAL_SECURITY_NUMBER -> socialSecurityProblem(digitsOf(v));
                case EMAIL -> v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? Optional.empty() : Optional.of("email");
                case PHONE -> digitsOf(v).matches("0\\d{9}") ? Optional.empty() : Optional.of("phone");
                case TEXT, CHOICE, DOCUMENT -> Optional.empty();
            };
        }

        /** The value as it is compared with the scenario's: spaces, dots and case do not matter. */
        public String normalized(String value) {
            String v = value.strip();
            return switch (this) {
                case DATE -> dayOf(v).map(LocalDate::toString).orElse(v);
                case SOCIAL_SECURITY_NUMBER, PHONE -> digitsOf(v);
                case TEXT, EMAIL -> v.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                case POSTCODE, CHOICE, DOCUMENT -> v;
            };
        }

        private static Optional<LocalDate> dayOf(String value) {
            try {
                return Optional.of(LocalDate.parse(value, DAY));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** People type the number with spaces, as it is printed on the card. */
        private static String digitsOf(String value) {
            return value.replaceAll("[\\s.]", "");
        }

        private static Optional<String> socialSecurityProblem(String digits) {
            if (!digits.matches("\\d{15}")) {
                return Optional.of("ssn-length");
            }
            long first13 = Long.parseLong(digits.substring(0, 13));
            int key = Integer.parseInt(digits.substring(13));
            return key == 97 - first13 % 97 ? Optional.empty() : Optional.of("ssn-key");
        }
    }

    /** What a step asks of her. */
    public enum Goal {
        /** Create the account with the scenario's details. */
        CREATE_ACCOUNT("create-account"),
        /** Sign in with the right identifier and password, then the code of the text message. */
        SIGN_IN("sign-in"),
        /** Fill in a page with the scenario's values and move on. */
        FILL_PAGE("fill-page"),
        /** Send the form from the review page. */
        SUBMIT("submit");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Stream.of(values()).filter(g -> g.written.equals(written)).findFirst();
        }
    }

    /** A graded step; {@code page} is the page of a {@code fill-page} goal, null otherwise. */
    public record Step(String id, LocalizedText label, Goal goal, String page, LocalizedText wrong)
            implements SimulationStep {
    }
}
