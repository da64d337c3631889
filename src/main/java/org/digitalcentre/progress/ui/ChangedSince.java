package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The mark "changed since" beside a question shown as she answered it (an icon and words, never colour alone), when
 * the module has another version now: the teacher then knows the learners see another text today.
 */
final class ChangedSince {

    private ChangedSince() {
    }

    /** The mark, or an empty cell when the module is as she answered it. */
    static Span mark(boolean changedSince) {
        Span mark = new Span();
        if (changedSince) {
            Icon icon = VaadinIcon.CLOCK.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            mark.add(icon, new Span(mark.getTranslation("teacher.attempts.changed-since")));
            mark.addClassName("changed-since");
            mark.getElement().setAttribute("title", mark.getTranslation("teacher.attempts.changed-since.help"));
        }
        return mark;
    }
}
