package org.digitalcentre.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Warnings for texts that may be hard for learners who read slowly or are learning French: sentences longer than
 * {@value #SENTENCE_MAX_WORDS} words, paragraphs longer than {@value #PARAGRAPH_MAX_SENTENCES} sentences, a text step
 * longer than {@value #STEP_MAX_WORDS} words. A warning never leaves a module out; it names the file and the line or
 * field, in plain words.
 */
public final class ReadabilityCheck {

    public static final int SENTENCE_MAX_WORDS = 20;
    public static final int PARAGRAPH_MAX_SENTENCES = 4;
    public static final int STEP_MAX_WORDS = 120;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…؟])\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+.*");
    private static final Pattern HEADING = Pattern.compile("^\\s*#+\\s+.*");
    private static final Pattern MARKUP = Pattern.compile("^\\s*(#+|[-*+>]|\\d+[.)])\\s+|[*_`]");
    private static final Pattern BLANK_IN_TEXT = Pattern.compile("\\[\\[(.*?)]]");

    private ReadabilityCheck() {
    }

    public static List<ContentProblem> warningsFor(Module module) {
        List<ContentProblem> warnings = new ArrayList<>();
        String yamlFile = "modules/" + module.id() + "/module.yaml";
        for (int i = 0; i < module.steps().size(); i++) {
            Step step = module.steps().get(i);
            String field = "steps[" + i + "]";
            if (step instanceof TextStep text) {
                for (String language : languagesOf(text.markdown())) {
                    markdown(text.markdown().in(language), "modules/" + module.id() + "/" + text.file() + "."
                            + language + ".md", warnings);
                }
            } else if (step instanceof ImageStep image && image.caption() != null) {
                yamlText(image.caption(), yamlFile, field + ".caption", warnings);
            } else if (step instanceof Exercise exercise) {
                yamlText(exercise.prompt(), yamlFile, field + ".prompt", warnings);
                yamlText(exercise.feedback().right(), yamlFile, field + ".feedback.right", warnings);
                yamlText(exercise.feedback().wrong(), yamlFile, field + ".feedback.wrong", warnings);
                if (exercise.hint() != null) {
                    yamlText(exercise.hint(), yamlFile, field + ".hint", warnings);
                }
                if (exercise instanceof FillBlanksExercise blanks) {
                    yamlText(blanks.text(), yamlFile, field + ".text", warnings);
                }
            }
        }
        return warnings;
    }

    private static void yamlText(LocalizedText text, String file, String field, List<ContentProblem> warnings) {
        for (String language : languagesOf(text)) {
            for (String sentence : sentences(plain(text.in(language)))) {
                int words = words(sentence);
                if (words > SENTENCE_MAX_WORDS) {
                    warnings.add(new ContentProblem(file, field + "." + language, tooLong(words, sentence)));
                }
            }
        }
    }

    /** Arabic texts are checked like the others, where the author wrote them. */
    private static List<String> languagesOf(LocalizedText text) {
        return ContentLanguages.ALL.stream().filter(text::has).toList();
    }

    private static void markdown(String text, String file, List<ContentProblem> warnings) {
        String[] lines = text.split("\\R", -1);
        int total = 0;
        StringBuilder paragraph = new StringBuilder();
        int paragraphLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean listOrHeading = LIST_ITEM.matcher(line).matches() || HEADING.matcher(line).matches();
            if (!line.isBlank()) {
                total += words(plain(line));
            }
            if (listOrHeading) {
                // A list item or a heading stands alone: only its own length counts.
                checkParagraph(paragraph, paragraphLine, file, warnings);
                paragraph.setLength(0);
                checkSentences(plain(line), i + 1, file, warnings);
            } else if (line.isBlank()) {
                checkParagraph(paragraph, paragraphLine, file, warnings);
                paragraph.setLength(0);
            } else {
                if (paragraph.isEmpty()) {
                    paragraphLine = i + 1;
                }
                paragraph.append(plain(line)).append(' ');
            }
        }
        if (total > STEP_MAX_WORDS) {
            warnings.add(new ContentProblem(file, "", "this text has " + total + " words; a step of "
                    + STEP_MAX_WORDS + " words at most is easier to read — split it into two steps"));
        }
    }

    private static void checkParagraph(StringBuilder paragraph, int line, String file, List<ContentProblem> warnings) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> sentences = sentences(paragraph.toString());
        if (sentences.size() > PARAGRAPH_MAX_SENTENCES) {
            warnings.add(new ContentProblem(file, "line " + line, "this paragraph has " + sentences.size()
                    + " sentences; " + PARAGRAPH_MAX_SENTENCES + " at most is easier to read — leave a blank line "
                    + "to start a new paragraph"));
        }
        checkSentences(paragraph.toString(), line, file, warnings);
    }

    private static void checkSentences(String text, int line, String file, List<ContentProblem> warnings) {
        for (String sentence : sentences(text)) {
            int words = words(sentence);
            if (words > SENTENCE_MAX_WORDS) {
                warnings.add(new ContentProblem(file, "line " + line, tooLong(words, sentence)));
            }
        }
    }

    private static String tooLong(int words, String sentence) {
        String start = sentence.strip();
        if (start.length() > 40) {
            start = start.substring(0, 40) + "…";
        }
        return "a sentence has " + words + " words (\"" + start + "\"); " + SENTENCE_MAX_WORDS
                + " at most is easier to read";
    }

    private static List<String> sentences(String text) {
        return List.of(SENTENCE_END.split(text.strip())).stream().filter(s -> !s.isBlank()).toList();
    }

    /** Words a reader reads: a lone dash or colon is not one. */
    static int words(String text) {
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    private static String plain(String text) {
        return MARKUP.matcher(BLANK_IN_TEXT.matcher(text).replaceAll("$1")).replaceAll("");
    }
}
