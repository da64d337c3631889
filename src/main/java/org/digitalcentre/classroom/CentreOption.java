package org.digitalcentre.classroom;

/** A centre to choose from. */
public record CentreOption(long id, String name) {
}
