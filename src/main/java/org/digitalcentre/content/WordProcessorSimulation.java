package org.digitalcentre.content;

import java.util.List;
import java.util.Optional;

/**
 * A simple word processor on a short document: she types and corrects, selects words, makes them bold or large, turns
 * paragraphs into a heading or a bulleted list, and saves under a name. Each step is a goal on the document as she
 * leaves it. The {@code document} is written in one language, the one she writes in (a letter to the town hall is in
 * French even for a learner who reads the instructions in English); its paragraphs find a step's paragraph by words.
 */
public record WordProcessorSimulation(String id, LocalizedText prompt, LocalizedText scenario, List<Block> document,
                                      List<Step> steps, Feedback feedback, LocalizedText hint)
        implements Simulation {

    /** No document in a practice task is longer, and the editor sends all of it at each change. */
    public static final int MAX_BLOCKS = 40;
    public static final int MAX_CHARACTERS = 2000;

    public WordProcessorSimulation {
        document = List.copyOf(document);
        steps = List.copyOf(steps);
    }

    /** Text as it reads: any run of spaces (no-break spaces too) is one space, none at the ends. */
    public static String plain(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A paragraph: normal, a heading or a bullet item, in normal or large letters. */
    public record Block(Style style, Size size, List<Run> runs) {

        public Block {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /** A piece of a paragraph's text, bold or not. */
    public record Run(String text, boolean bold) {
    }

    public enum Style {
        NORMAL("normal"), HEADING("heading"), BULLET("bullet");

        private final String written;

        Style(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml, and as the editor sends it. */
        public String written() {
            return written;
        }

        public static Optional<Style> fromWritten(String written) {
            return Written.find(values(), Style::written, written);
        }
    }

    public enum Size {
        NORMAL("normal"), LARGE("large");

        private final String written;

        Size(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml, and as the editor sends it. */
        public String written() {
            return written;
        }

        public static Optional<Size> fromWritten(String written) {
            return Written.find(values(), Size::written, written);
        }
    }

    /** What a step asks of the document. */
    public enum Goal {
        /** The paragraph with the words {@code block} has every phrase of {@code has} and none of {@code without}. */
        TEXT("text"),
        /** Every letter of each phrase of {@code words} is bold. */
        BOLD("bold"),
        /** The paragraph with the words {@code block} is a heading. */
        HEADING("heading"),
        /** Each paragraph with the words of one of {@code lines} is a bullet item. */
        BULLETS("bullets"),
        /** The paragraph with the words {@code block} is in large letters. */
        LARGE("large"),
        /** Her last save used the file name {@code name}, and she changed nothing after. */
        SAVED_AS("saved-as");

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

    /** The fields a goal does not use are null or empty. */
    public record Step(String id, LocalizedText label, Goal goal, String block, List<String> has,
                       List<String> without, List<String> words, List<String> lines, String name,
                       LocalizedText wrong) implements SimulationStep {

        public Step {
            has = List.copyOf(has);
            without = List.copyOf(without);
            words = List.copyOf(words);
            lines = List.copyOf(lines);
        }
    }
}
