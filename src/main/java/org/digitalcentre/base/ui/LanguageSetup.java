package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.base.Translations;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * French first, whatever the browser says: every new page starts in the language chosen at the workstation or hers
 * (kept in the session), or in French; an Arabic page is written right to left. The central error handler is
 * installed here too.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            apply(init.getUI(), Translations.supported(session.getAttribute(Locale.class)));
        });
    }

    /**
     * The page in this language: its words, {@code lang} (screen readers and read-aloud pick their voice by it) and
     * its direction ({@code dir="rtl"} for Arabic: Vaadin's components and the theme's logical properties mirror).
     */
    static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        boolean rightToLeft = Translations.rightToLeft(locale);
        ui.setDirection(rightToLeft ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().setAttribute("dir", rightToLeft ? "rtl" : "ltr"); // <body> too, as the server sees it
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
