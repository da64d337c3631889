package org.digitalcentre.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The languages of the content, and the one place that says which are required and which optional. Every
 * learner-facing text must exist in each REQUIRED language; an OPTIONAL language may be given for some texts, and a
 * module is shown in it only when every one of its texts has it ({@link Module#textLanguage(String)}). Adding an
 * optional language is one line in {@link #OPTIONAL}.
 */
public final class ContentLanguages {
    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final String ARABIC = "ar";
    public static final List<String> REQUIRED = List.of(FRENCH, ENGLISH);
    /** Language code and its name in the content check's messages (which are in English). */
    private static final Map<String, String> OPTIONAL_NAMES = Map.of(ARABIC, "Arabic");
    public static final List<String> OPTIONAL = OPTIONAL_NAMES.keySet().stream().sorted().toList();
    public static final List<String> ALL = Stream.concat(REQUIRED.stream(), OPTIONAL.stream()).toList();

    private ContentLanguages() {
    }

    /** The language's name in English, for the content check's messages ("French", "Arabic"). */
    public static String name(String language) {
        return switch (language) {
            case FRENCH -> "French";
            case ENGLISH -> "English";
            default -> OPTIONAL_NAMES.getOrDefault(language, language);
        };
    }

    /** The codes as authors write them, for messages: "fr, en or ar". */
    static String written() {
        return String.join(", ", ALL.subList(0, ALL.size() - 1)) + " or " + ALL.get(ALL.size() - 1);
    }
}
