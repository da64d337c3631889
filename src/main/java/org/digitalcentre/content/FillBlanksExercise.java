package org.digitalcentre.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence with blanks written {@code [[answer|other answer]]}. {@link #parts(String)} splits it for one
 * language into plain text and blanks, in reading order.
 */
public record FillBlanksExercise(String id, LocalizedText prompt, LocalizedText text, Feedback feedback,
                                 LocalizedText hint) implements Exercise {

    private static final Pattern BLANK = Pattern.compile("\\[\\[(.*?)]]");

    public sealed interface Part permits Words, Blank {
    }

    public record Words(String text) implements Part {
    }

    /** A blank and every answer accepted for it. */
    public record Blank(List<String> accepted) implements Part {
    }

    public List<Part> parts(String language) {
        String source = text.in(language);
        List<Part> parts = new ArrayList<>();
        Matcher matcher = BLANK.matcher(source);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                parts.add(new Words(source.substring(end, matcher.start())));
            }
            parts.add(new Blank(Arrays.stream(matcher.group(1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList()));
            end = matcher.end();
        }
        if (end < source.length()) {
            parts.add(new Words(source.substring(end)));
        }
        return parts;
    }

    public List<Blank> blanks(String language) {
        return parts(language).stream().filter(Blank.class::isInstance).map(Blank.class::cast).toList();
    }
}
