package org.digitalcentre.learning.ui;

import org.digitalcentre.content.ContentLanguages;
import org.digitalcentre.content.LocalizedText;

/**
 * The language a content text is really shown in: the learner's, when the author wrote it, else French (the text
 * {@link LocalizedText#in(String)} falls back to). What is read aloud is read in that language.
 */
final class ContentLanguage {

    private ContentLanguage() {
    }

    static String of(LocalizedText text, String wanted) {
        return text != null && text.byLanguage().containsKey(wanted) ? wanted : ContentLanguages.FRENCH;
    }
}
