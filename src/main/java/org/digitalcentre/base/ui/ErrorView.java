package org.digitalcentre.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any error while opening a page: a plain message and a way back. The details go to the log only. */
@AnonymousAllowed
public class ErrorView extends Main implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        show(this, "error.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static void show(Main page, String titleKey, String messageKey) {
        page.removeAll();
        page.addClassName("message-page");
        H1 title = new H1(page.getTranslation(titleKey));
        Paragraph message = new Paragraph(page.getTranslation(messageKey));
        Anchor home = new Anchor("", page.getTranslation("error.back-home"));
        home.addComponentAsFirst(VaadinIcon.HOME.create());
        home.addClassName("big-link");
        page.add(VaadinIcon.INFO_CIRCLE_O.create(), title, message, home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
