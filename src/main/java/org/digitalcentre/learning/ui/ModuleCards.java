package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;

/** A module as a card on her home: its title, its length, and how far she is, by icon and by word. */
final class ModuleCards {

    private ModuleCards() {
    }

    static RouterLink card(Module module, ModuleResult result, String language) {
        RouterLink card = new RouterLink(ModulePlayerView.class, new RouteParameters("moduleId", module.id()));
        card.addClassName("module-card");
        card.getElement().setAttribute("data-status", result.status().name().toLowerCase());
        Span title = new Span(module.title().in(language));
        title.addClassName("module-title");
        Span minutes = new Span(VaadinIcon.CLOCK.create(),
                new Span(card.getTranslation("home.minutes", module.minutes())));
        minutes.addClassName("module-minutes");
        card.add(title, minutes, status(result.status()));
        return card;
    }

    static Div status(ModuleStatus status) {
        Icon icon = switch (status) {
            case NOT_STARTED -> VaadinIcon.CIRCLE_THIN.create();
            case IN_PROGRESS -> VaadinIcon.ADJUST.create();
            case DONE -> VaadinIcon.CHECK_CIRCLE.create();
            case MASTERED -> VaadinIcon.STAR.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        Div badge = new Div(icon);
        badge.add(new Span(badge.getTranslation(status.translationKey())));
        badge.addClassName("status-badge");
        badge.addClassName("status-" + status.name().toLowerCase().replace('_', '-'));
        return badge;
    }

    /** A topic's icon from its name in topics.yaml ("globe"); a book when the name is not a Vaadin icon. */
    static Icon icon(String name) {
        Icon icon;
        try {
            icon = VaadinIcon.valueOf(name.toUpperCase().replace('-', '_')).create();
        } catch (IllegalArgumentException unknown) {
            icon = VaadinIcon.BOOK.create();
        }
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
