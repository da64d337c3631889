package org.digitalcentre.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mailbox with made-up e-mails (Inbox) and text messages (Texts). She opens a message, sorts it as safe or scam,
 * taps the parts of it that show a scam (its clues), and writes, replies or forwards, with a file from {@code files}
 * attached. Each step is one of these goals on one message.
 */
public record MailboxSimulation(String id, LocalizedText prompt, LocalizedText scenario, List<Message> messages,
                                List<String> files, List<Step> steps, Feedback feedback, LocalizedText hint)
        implements Simulation {

    public MailboxSimulation {
        messages = List.copyOf(messages);
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    public Optional<Message> message(String messageId) {
        return messages.stream().filter(m -> m.id().equals(messageId)).findFirst();
    }

    /** An e-mail (in the Inbox) or a text message (in Texts). */
    public enum Kind {
        EMAIL("email"), SMS("sms");

        private final String written;

        Kind(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Kind> fromWritten(String written) {
            return Written.find(values(), Kind::written, written);
        }
    }

    /**
     * A message as she receives it: {@code from} is an address or a phone number; {@code subject} is null for a text
     * message. {@code scam} is the truth a sorting step checks; {@code clues} are the parts that show a scam.
     */
    public record Message(String id, Kind kind, String from, LocalizedText subject, LocalizedText body, boolean scam,
                          List<Clue> clues) {

        private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…؟])\\s+|\\n+");

        public Message {
            clues = List.copyOf(clues);
        }

        /**
         * The message cut into the parts she can tap, in reading order, in one language: each clue's text where it
         * first appears (in the sender, then the subject, then the body), and the rest cut into sentences, keyed
         * {@code _0}, {@code _1}... (a key no clue id can have).
         */
        public List<Part> parts(String language) {
            List<Part> parts = new ArrayList<>();
            List<Clue> left = new ArrayList<>(clues);
            int[] others = {0};
            cut(Part.FROM, from, language, left, others, parts);
            if (subject != null) {
                cut(Part.SUBJECT, subject.in(language), language, left, others, parts);
            }
            cut(Part.BODY, body.in(language), language, left, others, parts);
            return parts;
        }

        /** Whether the clue's text is in the sender, the subject or the body, in this language. */
        public boolean shows(Clue clue, String language) {
            String text = clue.text().in(language);
            return from.contains(text) || (subject != null && subject.in(language).contains(text))
                    || body.in(language).contains(text);
        }

        private static void cut(String field, String text, String language, List<Clue> left, int[] others,
                                List<Part> parts) {
            record Span(int start, int end, Clue clue) {
            }
            List<Span> spans = new ArrayList<>();
            for (Clue clue : List.copyOf(left)) {
                String clueText = clue.text().in(language);
                int at = clueText.isEmpty() ? -1 : text.indexOf(clueText);
                if (at >= 0 && spans.stream().noneMatch(s -> at < s.end() && s.start() < at + clueText.length())) {
                    spans.add(new Span(at, at + clueText.length(), clue));
                    left.remove(clue);
                }
            }
            spans.sort(Comparator.comparingInt(Span::start));
            int position = 0;
            for (Span span : spans) {
                others(field, text.substring(position, span.start()), others, parts);
                parts.add(new Part(span.clue().id(), field, span.clue().text().in(language), span.clue()));
                position = span.end();
            }
            others(field, text.substring(position), others, parts);
        }

        private static void others(String field, String text, int[] others, List<Part> parts) {
            for (String sentence : SENTENCE_END.split(text)) {
                if (sentence.strip().replaceAll("[\\p{Punct}«»—–…\\s]", "").isEmpty()) {
                    continue;
                }
                parts.add(new Part("_" + others[0]++, field, sentence.strip(), null));
            }
        }
    }

    /** A sign of a scam, as authors name it. */
    public enum Sign {
        SENDER("sender"), LINK("link"), URGENCY("urgency"), SPELLING("spelling");

        private final String written;

        Sign(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public static Optional<Sign> fromWritten(String written) {
            return Written.find(values(), Sign::written, written);
        }
    }

    /** A part of a message that shows a scam: its {@code text} is the words it covers, as written in the message. */
    public record Clue(String id, Sign sign, LocalizedText text) {
    }

    /** A piece of a message she can tap: a clue (then {@code clue} is set) or any other sentence. */
    public record Part(String key, String field, String text, Clue clue) {
        public static final String FROM = "from";
        public static final String SUBJECT = "subject";
        public static final String BODY = "body";
    }

    /** What a step asks her to do. */
    public enum Goal {
        /** Sort the message as safe or as a scam, as its {@code scam} says. */
        SORT("sort"),
        /** Tap every clue of the message, and nothing else. */
        CLUES("clues"),
        /** Write a new message. */
        WRITE("write"),
        /** Reply to the message. */
        REPLY("reply"),
        /** Forward the message. */
        FORWARD("forward");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }

        public boolean sends() {
            return this == WRITE || this == REPLY || this == FORWARD;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    /**
     * One graded step. {@code message} names the message of the goal (null for {@code write}). For a message she
     * sends: {@code to} is the address it must go to (null: any, for a reply), {@code words} are words the subject or
     * the message must have (each may list alternatives: {@code CV|curriculum}), {@code attach} a file to attach.
     */
    public record Step(String id, LocalizedText label, Goal goal, String message, String to, List<String> words,
                       String attach, LocalizedText wrong) implements SimulationStep {

        public Step {
            words = List.copyOf(words);
        }

        /** Whether what she typed has every word the step asks for, in any case. */
        public boolean hasWords(String typed) {
            String lower = typed.toLowerCase(Locale.ROOT);
            return words.stream().allMatch(word -> List.of(word.split("\\|")).stream()
                    .map(w -> w.strip().toLowerCase(Locale.ROOT)).anyMatch(w -> !w.isEmpty() && lower.contains(w)));
        }
    }
}
