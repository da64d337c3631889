package org.digitalcentre.content;

import java.util.List;

/** The languages every learner-facing text must exist in. */
public final class ContentLanguages {
    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";
    public static final List<String> REQUIRED = List.of(FRENCH, ENGLISH);

    private ContentLanguages() {
    }
}
