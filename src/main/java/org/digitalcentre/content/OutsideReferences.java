package org.digitalcentre.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in an author's text or picture would load something from outside the app or run a script: a learner
 * at a shared computer must never be sent to another site from a module, and nothing a module shows may call
 * another server (which would learn who is learning what). Markdown (a text file or a Markdown field of the YAML):
 * links and pictures to another site ({@code http:}, {@code https:}, {@code //host}, or any address with a scheme
 * that leaves the app, like {@code javascript:}), bare web addresses written with {@code http} that Markdown turns
 * into links, and HTML that loads or runs things. SVG pictures: scripts, {@code on...=} event attributes,
 * {@code javascript:} addresses and references to other sites. Each finding says the line it is on.
 */
final class OutsideReferences {

    /** An address that leaves the app: a scheme other than a plain page of the app, or //host. */
    private static final String OUTSIDE = "(?:(?:https?|ftp|file|javascript|vbscript|data|blob):|//)";

    /** [words](address) and ![alt](address), with an optional <...> around the address. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("(!?)\\[[^\\]]*\\]\\(\\s*<?\\s*(" + OUTSIDE
            + "[^)\\s>]*)", Pattern.CASE_INSENSITIVE);
    /** [id]: address, a reference used by [words][id]. */
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(" + OUTSIDE + "\\S*)",
            Pattern.CASE_INSENSITIVE);
    /** <http://...>, or an http address written as it is, which Markdown turns into a link. */
    private static final Pattern BARE_ADDRESS = Pattern.compile("(?<![\\w(=\"'])(https?://[^\\s)<>\"']+)",
            Pattern.CASE_INSENSITIVE);
    /** HTML elements that load or run something, whatever their attributes. */
    private static final Pattern LOADING_ELEMENT = Pattern.compile(
            "<\\s*(script|style|link|iframe|frame|object|embed|base|meta|form|img|picture|source|video|audio|svg|"
                    + "input|image)\\b", Pattern.CASE_INSENSITIVE);
    /** An attribute that runs a script when something happens: onload=, onerror=, onclick=... */
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);
    /** In an SVG: a script element. */
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<\\s*(?:[a-z]+:)?(script|foreignObject)\\b",
            Pattern.CASE_INSENSITIVE);
    /** In an SVG: an attribute or CSS that points elsewhere (href, xlink:href, src, url(...), @import). */
    private static final Pattern SVG_REFERENCE = Pattern.compile(
            "(?:\\b(?:xlink:)?href|\\bsrc)\\s*=\\s*[\"']\\s*(" + OUTSIDE + "[^\"']*)|url\\(\\s*[\"']?\\s*(" + OUTSIDE
                    + "[^)\"']*)|@import\\s+[\"']?(" + OUTSIDE + "[^\"';]*)", Pattern.CASE_INSENSITIVE);

    private OutsideReferences() {
    }

    /** What in this Markdown text leaves the app, each as "line N: ..." (lines counted from 1). */
    static List<String> inMarkdown(String markdown) {
        List<String> found = new ArrayList<>();
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = lines.length > 1 ? "line " + (i + 1) + ": " : "";
            Matcher link = MARKDOWN_LINK.matcher(line);
            List<String> reported = new ArrayList<>();
            while (link.find()) {
                reported.add(link.group(2));
                found.add(where + ("!".equals(link.group(1))
                        ? "the picture '" + link.group(2) + "' comes from outside the app; put the picture in the "
                                + "module's folder and show it with an image step"
                        : "the link '" + link.group(2) + "' leads out of the app; learners must stay in the app: "
                                + "remove the link, or write the address as plain text without http"));
            }
            Matcher reference = REFERENCE.matcher(line);
            if (reference.find()) {
                reported.add(reference.group(1));
                found.add(where + "the link '" + reference.group(1) + "' leads out of the app; learners must stay "
                        + "in the app: remove the link");
            }
            Matcher bare = BARE_ADDRESS.matcher(line);
            while (bare.find()) {
                String address = bare.group(1);
                if (reported.stream().noneMatch(r -> r.startsWith(address) || address.startsWith(r))) {
                    found.add(where + "the address '" + address + "' becomes a link out of the app; write it "
                            + "without http:// (for example www.example.fr)");
                }
            }
            Matcher element = LOADING_ELEMENT.matcher(line);
            while (element.find()) {
                found.add(where + "HTML <" + element.group(1).toLowerCase(Locale.ROOT) + "> is not allowed in a "
                        + "module's text: it can load things from outside the app or run a script; use Markdown");
            }
            if (EVENT_ATTRIBUTE.matcher(line).find()) {
                found.add(where + "an HTML attribute like onclick= or onerror= is not allowed: it runs a script");
            }
        }
        return found;
    }

    /** What in this SVG picture could run a script or load something from outside the app. */
    static List<String> inSvg(String svg) {
        List<String> found = new ArrayList<>();
        String[] lines = svg.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": ";
            Matcher script = SCRIPT_ELEMENT.matcher(line);
            while (script.find()) {
                found.add(where + "the picture has a <" + script.group(1) + "> element, which can run a script; "
                        + "save the picture again without it (\"plain SVG\" in Inkscape)");
            }
            if (EVENT_ATTRIBUTE.matcher(line).find()) {
                found.add(where + "the picture has an attribute like onload= or onclick=, which runs a script; "
                        + "save the picture again without it");
            }
            Matcher reference = SVG_REFERENCE.matcher(line);
            while (reference.find()) {
                String address = reference.group(1) != null ? reference.group(1)
                        : reference.group(2) != null ? reference.group(2) : reference.group(3);
                found.add(where + "the picture uses '" + address + "', which is outside the picture; "
                        + "put everything the picture shows inside its file");
            }
        }
        return found;
    }
}
