package org.digitalcentre.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A password workshop: she invents a passphrase for a made-up account while a meter, computed on the server, says how
 * hard it is to guess. The scenario's personal {@code facts} (her first name, her birth year...) must not be in it;
 * it must reach the {@code strength} (zxcvbn's score, 0 to 4) and, when given, the minimum {@code length}. She then
 * chooses one of the {@code ways} to keep it. Each step is one of these {@link Goal}s.
 */
public record PasswordSimulation(String id, LocalizedText prompt, LocalizedText scenario, List<Fact> facts,
                                 int strength, Integer length, List<Choice> ways, List<Step> steps,
                                 Feedback feedback, LocalizedText hint) implements Simulation {

    /** Longer than any passphrase she needs; longer text is refused (the meter's work grows with the length). */
    public static final int MAX_LENGTH = 100;

    /** A shorter fact would be found by chance in too many passwords. */
    public static final int SHORTEST_FACT = 3;

    public PasswordSimulation {
        facts = List.copyOf(facts);
        ways = List.copyOf(ways);
        steps = List.copyOf(steps);
    }

    public Optional<Choice> way(String wayId) {
        return ways.stream().filter(w -> w.id().equals(wayId)).findFirst();
    }

    /** The personal facts in this password, in any case, with or without accents ("amina", "BELLECOMBE"). */
    public List<Fact> factsIn(String password) {
        String written = plain(password);
        return facts.stream().filter(fact -> written.contains(plain(fact.value()))).toList();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Something anyone who knows her could guess: what {@code label} says, written as {@code value}. */
    public record Fact(String id, LocalizedText label, String value) {
    }

    /** What a step asks of the password, or of the way she keeps it. */
    public enum Goal {
        /** The meter reaches the task's strength. */
        STRENGTH("strength"),
        /** It has at least the task's length in characters. */
        LENGTH("length"),
        /** None of the personal facts is in it. */
        NO_FACTS("no-facts"),
        /** Typed a second time, the same. */
        CONFIRM("confirm"),
        /** A right way to keep it is chosen. */
        KEEP("keep");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml. */
        public String written() {
            return written;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    public record Step(String id, LocalizedText label, Goal goal, LocalizedText wrong) implements SimulationStep {
    }
}
