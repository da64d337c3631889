package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.base.Translations;

import java.util.Locale;

/**
 * Two big buttons, "Français" and "English", each written in its own language so that she recognises hers.
 * The choice holds for the whole session; the page redraws itself in the new language.
 */
public class LanguagePicker extends Div {

    public LanguagePicker() {
        addClassName("language-picker");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.choose"));
        for (Locale locale : Translations.LOCALES) {
            String name = locale.getDisplayLanguage(locale);
            Button button = new Button(Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    VaadinIcon.COMMENTS_O.create(), click -> choose(locale));
            button.getElement().setAttribute("lang", locale.getLanguage());
            button.getElement().setAttribute("aria-pressed",
                    String.valueOf(locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage())));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.addClassName("big-button");
            add(button);
        }
    }

    /** Switches the whole session, and the page she is on, to another language. */
    public static void choose(Locale locale) {
        Locale supported = Translations.supported(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(Locale.class, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        ui.getPage().reload();
    }
}
