package org.digitalcentre.content;

/** One mistake in the content: the file, the field (or "line N") and what is wrong, in plain words. */
public record ContentProblem(String file, String field, String message) {
    @Override
    public String toString() {
        return file + (field == null || field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
    }
}
