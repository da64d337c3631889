package org.digitalcentre.learning.ui;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.ModuleResult;

/** A module as a card on her home: its title, its length, and how far she is, by icon and by word. */
final class ModuleCards {

    private ModuleCards() {
    }

    static RouterLink card(Module module, ModuleResult result, String language) {
        RouterLink card = new RouterLink(ModulePlayerView.class, new RouteParameters("moduleId", module.id()));
        card.addClassName("module-card");
        card.getElement().setAttribute("data-status", result.status().name().toLowerCase());
        String textLanguage = module.textLanguage(language);
        Span title = LanguageMarks.content(new Span(module.title().in(textLanguage)), textLanguage);
        title.addClassName("module-title");
        Span minutes = new Span(VaadinIcon.CLOCK.create(),
                new Span(card.getTranslation("home.minutes", module.minutes())));
        minutes.addClassName("module-minutes");
        card.add(title, minutes, StatusBadge.of(result.status()));
        return card;
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
