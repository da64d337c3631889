package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A question as she answered it, with the mark "changed since" (an icon and words, never colour alone) when the
 * module has another version now: the teacher then knows the learners see another text today.
 */
final class ChangedSince {

    private ChangedSince() {
    }

    static Div question(String prompt, boolean changedSince) {
        Div question = new Div(new Span(prompt));
        question.addClassName("question-as-answered");
        if (changedSince) {
            Icon icon = VaadinIcon.CLOCK.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span mark = new Span(icon, new Span(question.getTranslation("teacher.attempts.changed-since")));
            mark.addClassName("changed-since");
            mark.getElement().setAttribute("title", question.getTranslation("teacher.attempts.changed-since.help"));
            question.add(mark);
        }
        return question;
    }
}
