package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.base.Translations;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * One big button per language, each written in its own language and script ("Français", "English", "العربية") so
 * that she recognises hers. The choice holds for the whole session (and, where the page says so, is remembered for
 * her); the page redraws itself in the new language and direction.
 */
public class LanguagePicker extends Div {

    /** A picker that changes the language of this session only (the first sign-in screens, staff sign-in). */
    public LanguagePicker() {
        this(chosen -> {
        });
    }

    /** @param remember what else to do with her choice before the page redraws (keep it for her) */
    public LanguagePicker(Consumer<Locale> remember) {
        addClassName("language-picker");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.choose"));
        Locale current = UI.getCurrent().getLocale();
        for (Locale locale : Translations.locales()) {
            Button button = new Button(nameOf(locale), VaadinIcon.COMMENTS_O.create(), click -> {
                remember.accept(locale);
                choose(locale);
            });
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.getElement().setAttribute("dir", Translations.rightToLeft(locale) ? "rtl" : "ltr");
            button.getElement().setAttribute("aria-pressed",
                    String.valueOf(locale.getLanguage().equals(current.getLanguage())));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.addClassName("big-button");
            add(button);
        }
    }

    /** The language's name in itself: "Français", "English", "العربية". */
    public static String nameOf(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Switches the whole session, and the page she is on, to another language. */
    public static void choose(Locale locale) {
        Locale supported = Translations.supported(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Locale.class, supported);
        ui.getSession().setLocale(supported);
        LanguageSetup.apply(ui, supported);
        ui.getPage().reload();
    }

    /** Her own language, remembered for her, now hers in this session too (at sign-in), without a reload. */
    public static void use(UI ui, Locale locale) {
        Locale supported = Translations.supported(locale);
        ui.getSession().setAttribute(Locale.class, supported);
        ui.getSession().setLocale(supported);
        LanguageSetup.apply(ui, supported);
    }

    /** Whether a language was chosen in this session (rather than French by default). */
    public static boolean chosenInThisSession(UI ui) {
        return ui.getSession().getAttribute(Locale.class) != null;
    }
}
