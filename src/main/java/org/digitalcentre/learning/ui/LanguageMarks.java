package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.digitalcentre.base.Translations;

import java.util.Locale;
import java.util.Optional;

/**
 * Says which language a part of the learner's screen is in when the module's texts are not in her interface's
 * language (an Arabic interface showing a module that has no Arabic, in French): screen readers and the read-aloud
 * control choose their voice by the {@code lang} attribute; its {@code dir} keeps French punctuation in place on an
 * Arabic (right-to-left) page.
 */
final class LanguageMarks {

    private LanguageMarks() {
    }

    /** Marks a part that shows the module's texts, written in {@code textLanguage}. */
    static <C extends Component> C content(C part, String textLanguage) {
        if (!textLanguage.equals(interfaceLanguage(part))) {
            part.getElement().setAttribute("lang", textLanguage);
            part.getElement().setAttribute("dir", direction(textLanguage)); // French in an Arabic page: left to right
        }
        return part;
    }

    /** Marks a part in the interface's words placed inside a part marked by {@link #content}. */
    static <C extends Component> C interfaceWords(C part, String textLanguage) {
        String interfaceLanguage = interfaceLanguage(part);
        if (!textLanguage.equals(interfaceLanguage)) {
            part.getElement().setAttribute("lang", interfaceLanguage);
            part.getElement().setAttribute("dir", direction(interfaceLanguage));
        }
        return part;
    }

    /** The direction a language is written in: "rtl" for Arabic, else "ltr". */
    private static String direction(String language) {
        return Translations.rightToLeft(Locale.forLanguageTag(language)) ? "rtl" : "ltr";
    }

    /** Her interface's language: the page's, even before the part is on it. */
    private static String interfaceLanguage(Component part) {
        Locale locale = part.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Translations.FRENCH);
        return locale.getLanguage();
    }
}
