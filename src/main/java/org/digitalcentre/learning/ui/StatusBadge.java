package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.learning.ModuleStatus;

/**
 * How far someone is with a module, by icon and by word (never by colour alone). The same badge on the learner's
 * home, her progress page and the teacher's grid.
 */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Div of(ModuleStatus status) {
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
}
