package org.digitalcentre.simulation.wordprocessor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.digitalcentre.content.WordProcessorSimulation;
import org.digitalcentre.content.WordProcessorSimulation.Block;
import org.digitalcentre.content.WordProcessorSimulation.Run;
import org.digitalcentre.content.WordProcessorSimulation.Size;
import org.digitalcentre.content.WordProcessorSimulation.Step;
import org.digitalcentre.content.WordProcessorSimulation.Style;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word processor's state on the server: the document as her editor last sent it, and the name she last saved it
 * under. The events are {@code document} (value: the whole document as JSON,
 * {@code {"blocks":[{"style":"normal","size":"normal","runs":[{"text":"...","bold":false}]}]}}), sent by the editor a
 * moment after each change, and {@code save} (value: the file name she typed).
 *
 * <p>Each step is graded on the document as she leaves it. RIGHT: the document meets the goal. NOT_DONE: the step's
 * paragraph (or words) is not in the document, or she left what the goal is about as it started (the paragraph's
 * text; its style and size; its words not bold at all; its lines' styles; never saved, or changed after saving).
 * WRONG: she changed it, but not as asked (a typo still there, a heading made large instead, half a phrase bold, some
 * lines only made bullets, saved under another name).
 */
public final class WordProcessorRun implements SimulationRun {

    public static final String DOCUMENT = "document";
    public static final String SAVE = "save";

    /** Longer than any file name she would type. */
    public static final int MAX_NAME = 100;
    /**
     * All the documents of a try, together, stay well under what an attempt can store (100,000 characters, once
     * written as JSON): past this, her changes are refused and she is told to check her work.
     */
    public static final int MAX_SENT = 60_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BLOCK_FIELDS = Set.of("style", "size", "runs");
    private static final Set<String> RUN_FIELDS = Set.of("text", "bold");
    private static final Pattern ENDING = Pattern.compile("\\.(docx|odt)$");

    private final WordProcessorSimulation task;
    private List<Block> document;
    private String savedAs;
    private boolean changedSinceSave;
    private int sent;

    public WordProcessorRun(WordProcessorSimulation task) {
        this.task = task;
        this.document = task.document();
    }

    public WordProcessorSimulation task() {
        return task;
    }

    /** The document as it is now. */
    public List<Block> document() {
        return document;
    }

    /** The name of her last save, if she saved. */
    public Optional<String> savedAs() {
        return Optional.ofNullable(savedAs);
    }

    /** True when she saved, then changed the document: the file is out of date. */
    public boolean changedSinceSave() {
        return savedAs != null && changedSinceSave;
    }

    /** True when one more document would pass what a try may send. */
    public boolean full() {
        return sent >= MAX_SENT;
    }

    @Override
    public boolean apply(SimEvent event) {
        switch (event.action()) {
            case DOCUMENT -> {
                if (!event.target().isEmpty() || sent + event.value().length() > MAX_SENT) {
                    return false;
                }
                Optional<List<Block>> read = read(event.value());
                if (read.isEmpty()) {
                    return false;
                }
                sent += event.value().length();
                if (!read.get().equals(document)) {
                    changedSinceSave = true;
                }
                document = read.get();
                return true;
            }
            case SAVE -> {
                String name = event.value().strip();
                if (!event.target().isEmpty() || name.isEmpty() || name.length() > MAX_NAME || name.contains("/")
                        || name.contains("\\")) {
                    return false;
                }
                savedAs = name;
                changedSinceSave = false;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The document as JSON, as the editor reads and sends it. */
    public static String toJson(List<Block> document) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : document) {
            ObjectNode b = blocks.addObject();
            b.put("style", block.style().written());
            b.put("size", block.size().written());
            ArrayNode runs = b.putArray("runs");
            for (Run run : block.runs()) {
                runs.addObject().put("text", run.text()).put("bold", run.bold());
            }
        }
        return root.toString();
    }

    /**
     * A document as the editor sends it, or empty when it is not one: not JSON, unknown styles or fields, no
     * paragraph, more than {@link WordProcessorSimulation#MAX_BLOCKS} paragraphs or
     * {@link WordProcessorSimulation#MAX_CHARACTERS} characters, a line break inside a paragraph.
     */
    static Optional<List<Block>> read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("blocks").isArray()) {
            return Optional.empty();
        }
        JsonNode blocks = root.get("blocks");
        if (blocks.isEmpty() || blocks.size() > WordProcessorSimulation.MAX_BLOCKS) {
            return Optional.empty();
        }
        List<Block> document = new ArrayList<>();
        int characters = 0;
        for (JsonNode block : blocks) {
            if (!block.isObject() || !onlyFields(block, BLOCK_FIELDS) || !block.path("runs").isArray()) {
                return Optional.empty();
            }
            Optional<Style> style = Style.fromWritten(block.path("style").asText(""));
            Optional<Size> size = Size.fromWritten(block.path("size").asText(""));
            if (style.isEmpty() || size.isEmpty() || !block.get("style").isTextual() || !block.get("size").isTextual()) {
                return Optional.empty();
            }
            List<Run> runs = new ArrayList<>();
            for (JsonNode run : block.get("runs")) {
                if (!run.isObject() || !onlyFields(run, RUN_FIELDS) || !run.path("text").isTextual()
                        || !run.path("bold").isBoolean()) {
                    return Optional.empty();
                }
                String text = run.get("text").asText();
                if (text.chars().anyMatch(c -> c == '\n' || c == '\r' || (Character.isISOControl(c) && c != '\t'))) {
                    return Optional.empty();
                }
                characters += text.length();
                if (text.isEmpty()) {
                    continue;
                }
                boolean bold = run.get("bold").asBoolean();
                // Runs are kept merged, so that the same document is always the same value.
                if (!runs.isEmpty() && runs.get(runs.size() - 1).bold() == bold) {
                    Run last = runs.remove(runs.size() - 1);
                    runs.add(new Run(last.text() + text, bold));
                } else {
                    runs.add(new Run(text, bold));
                }
            }
            document.add(new Block(style.get(), size.get(), runs));
        }
        if (characters > WordProcessorSimulation.MAX_CHARACTERS) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(document));
    }

    private static boolean onlyFields(JsonNode node, Set<String> fields) {
        Iterator<String> names = node.fieldNames();
        int count = 0;
        while (names.hasNext()) {
            if (!fields.contains(names.next())) {
                return false;
            }
            count++;
        }
        return count == fields.size();
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(), grade(step))).toList();
    }

    private StepOutcome grade(Step step) {
        return switch (step.goal()) {
            case TEXT -> gradeText(step);
            case BOLD -> gradeBold(step);
            case HEADING -> gradeLook(step, block -> block.style() == Style.HEADING);
            case LARGE -> gradeLook(step, block -> block.size() == Size.LARGE);
            case BULLETS -> gradeBullets(step);
            case SAVED_AS -> gradeSave(step);
        };
    }

    private StepOutcome gradeText(Step step) {
        Optional<Block> block = find(document, step.block());
        if (block.isEmpty()) {
            return StepOutcome.NOT_DONE;
        }
        String text = WordProcessorSimulation.plain(block.get().text());
        if (step.has().stream().allMatch(words -> hasWords(text, words))
                && step.without().stream().noneMatch(words -> hasWords(text, words))) {
            return StepOutcome.RIGHT;
        }
        boolean asItStarted = find(task.document(), step.block())
                .map(start -> WordProcessorSimulation.plain(start.text()).equals(text)).orElse(false);
        return asItStarted ? StepOutcome.NOT_DONE : StepOutcome.WRONG;
    }

    private StepOutcome gradeLook(Step step, java.util.function.Predicate<Block> meets) {
        Optional<Block> block = find(document, step.block());
        if (block.isEmpty()) {
            return StepOutcome.NOT_DONE;
        }
        if (meets.test(block.get())) {
            return StepOutcome.RIGHT;
        }
        boolean asItStarted = find(task.document(), step.block())
                .map(start -> start.style() == block.get().style() && start.size() == block.get().size())
                .orElse(false);
        return asItStarted ? StepOutcome.NOT_DONE : StepOutcome.WRONG;
    }

    private StepOutcome gradeBullets(Step step) {
        List<Block> lines = new ArrayList<>();
        for (String line : step.lines()) {
            Optional<Block> block = find(document, line);
            if (block.isEmpty()) {
                return StepOutcome.NOT_DONE;
            }
            lines.add(block.get());
        }
        if (lines.stream().allMatch(block -> block.style() == Style.BULLET)) {
            return StepOutcome.RIGHT;
        }
        for (int i = 0; i < lines.size(); i++) {
            Style now = lines.get(i).style();
            boolean same = find(task.document(), step.lines().get(i)).map(start -> start.style() == now).orElse(false);
            if (!same) {
                return StepOutcome.WRONG;
            }
        }
        return StepOutcome.NOT_DONE;
    }

    private StepOutcome gradeBold(Step step) {
        int letters = 0;
        int bold = 0;
        for (String words : step.words()) {
            String wanted = WordProcessorSimulation.plain(words);
            Optional<boolean[]> letterBold = document.stream().map(block -> boldOf(block, wanted))
                    .flatMap(Optional::stream).findFirst();
            if (letterBold.isEmpty()) {
                return StepOutcome.NOT_DONE;
            }
            for (int i = 0; i < wanted.length(); i++) {
                if (wanted.charAt(i) != ' ') {
                    letters++;
                    bold += letterBold.get()[i] ? 1 : 0;
                }
            }
        }
        if (bold == letters) {
            return StepOutcome.RIGHT;
        }
        return bold == 0 ? StepOutcome.NOT_DONE : StepOutcome.WRONG;
    }

    /** Whether each letter of the first place of {@code words} in the paragraph is bold; empty when not there. */
    private static Optional<boolean[]> boldOf(Block block, String words) {
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        for (Run run : block.runs()) {
            for (char c : run.text().toCharArray()) {
                boolean space = Character.isWhitespace(c) || c == '\u00A0';
                if (space && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                    continue;
                }
                text.append(space ? ' ' : c);
                bold.add(run.bold());
            }
        }
        int at = text.indexOf(words);
        if (at < 0) {
            return Optional.empty();
        }
        boolean[] letters = new boolean[words.length()];
        for (int i = 0; i < words.length(); i++) {
            letters[i] = bold.get(at + i);
        }
        return Optional.of(letters);
    }

    private StepOutcome gradeSave(Step step) {
        if (savedAs == null || changedSinceSave) {
            return StepOutcome.NOT_DONE;
        }
        return baseName(savedAs).equals(baseName(step.name())) ? StepOutcome.RIGHT : StepOutcome.WRONG;
    }

    private static String baseName(String name) {
        return ENDING.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("").strip();
    }

    /** The first paragraph with these words (spaces as they read). */
    private static Optional<Block> find(List<Block> document, String words) {
        String wanted = WordProcessorSimulation.plain(words);
        return document.stream().filter(b -> WordProcessorSimulation.plain(b.text()).contains(wanted)).findFirst();
    }

    /** The words are in the text as whole words: "absent" does not have "absen". */
    private static boolean hasWords(String text, String words) {
        String wanted = WordProcessorSimulation.plain(words);
        int at = text.indexOf(wanted);
        while (at >= 0) {
            int end = at + wanted.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(wanted, at + 1);
        }
        return false;
    }
}
