package org.digitalcentre.content;

import java.nio.file.Path;

/** A picture from the module's folder; {@code caption} may be null. */
public record ImageStep(String id, Path file, LocalizedText alt, LocalizedText caption) implements Step {
}
