package org.digitalcentre.content;

/** A short text, as Markdown read from {@code <file>.fr.md} and {@code <file>.en.md}. */
public record TextStep(String id, LocalizedText markdown) implements Step {
}
