package org.digitalcentre.base.ui;

import com.vaadin.flow.component.markdown.Markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown shown to a learner, with no link: an e-mail address in a scenario opened the computer's mail program, and
 * an address of a site would open it outside the app. Addresses stay as text (she reads and types them in the
 * simulations): Markdown links keep their words, and what Markdown would turn into a link by itself (an e-mail
 * address, http://, www.) is escaped. Code spans are left as they are.
 */
public final class LearnerMarkdown {

    private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern ANGLE_AUTOLINK =
            Pattern.compile("<((?:[a-zA-Z][a-zA-Z0-9+.-]*:|[^\\s<>@]+@)[^\\s<>]*)>");

    private LearnerMarkdown() {
    }

    public static Markdown of(String markdown) {
        Markdown shown = new Markdown(withoutLinks(markdown));
        shown.addClassName("learner-markdown");
        return shown;
    }

    /** The same text, with nothing the Markdown renderer would make a link of. */
    public static String withoutLinks(String markdown) {
        if (markdown == null) {
            return "";
        }
        String[] parts = markdown.split("`", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            // Even parts are outside code spans.
            text.append(i % 2 == 0 ? plain(parts[i]) : parts[i]);
            if (i < parts.length - 1) {
                text.append('`');
            }
        }
        return text.toString();
    }

    private static String plain(String part) {
        Matcher link = LINK.matcher(part);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            // A picture keeps its Markdown (it is no link); a link keeps its words.
            link.appendReplacement(out, Matcher.quoteReplacement(link.group(1).isEmpty() ? link.group(2)
                    : link.group()));
        }
        link.appendTail(out);
        String text = ANGLE_AUTOLINK.matcher(out).replaceAll(found -> Matcher.quoteReplacement(found.group(1)));
        return text.replace("@", "\\@")
                .replaceAll("(?i)(https?|ftp|mailto):", "$1\\\\:")
                .replaceAll("(?i)\\bwww\\.", "www\\\\.");
    }
}
