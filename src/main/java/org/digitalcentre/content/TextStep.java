package org.digitalcentre.content;

/**
 * A short text, as Markdown read from {@code <file>.fr.md} and {@code <file>.en.md}; {@code file} is that name
 * without its endings, so that checks can point the author at the file.
 */
public record TextStep(String id, LocalizedText markdown, String file) implements Step {

    /** A text step whose files are named after its id. */
    public TextStep(String id, LocalizedText markdown) {
        this(id, markdown, id);
    }
}
