package org.digitalcentre.content;

import jakarta.validation.constraints.NotBlank;

/** A text as written in a YAML file, {@code { fr: ..., en: ... }}; any other language key is an unknown field. */
record LocalizedTextEntry(
        @NotBlank(message = "the French text is missing or empty") String fr,
        @NotBlank(message = "the English text is missing or empty") String en) {

    /** Surrounding blanks are dropped: YAML block texts ({@code |}) end with a line break nobody means to show. */
    LocalizedText toLocalizedText() {
        return LocalizedText.of(fr.strip(), en.strip());
    }
}
