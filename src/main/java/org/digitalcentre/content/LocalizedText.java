package org.digitalcentre.content;

import java.util.Locale;
import java.util.Map;

/**
 * A text an author wrote in the content's languages, keyed by language code ("fr", "en", and optionally "ar"). A
 * screen should ask for the module's text language ({@link Module#textLanguage(String)}), not the interface's, so
 * that a module only partly translated is shown all in French rather than in a mix.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(Map.of(ContentLanguages.FRENCH, fr, ContentLanguages.ENGLISH, en));
    }

    /** The text in the given language, falling back to French (the content's main language). */
    public String in(Locale locale) {
        return in(locale == null ? ContentLanguages.FRENCH : locale.getLanguage());
    }

    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.getOrDefault(ContentLanguages.FRENCH, "");
    }

    /** Whether the author wrote this text in the language (an optional language may be missing). */
    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }
}
