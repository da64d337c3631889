package org.digitalcentre.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.base.Translations;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * French first, whatever the browser says: every new page starts in the language chosen at the workstation
 * (kept in the session), or in French. The central error handler is installed here too.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Locale chosen = session.getAttribute(Locale.class);
            init.getUI().setLocale(Translations.supported(chosen));
        });
    }
}
