package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import org.digitalcentre.classroom.LearnerPicture;

/** A learner's picture as a round coloured badge; its name is read out by screen readers. */
public final class LearnerPictures {

    private LearnerPictures() {
    }

    /** An anonymised learner (no picture) gets an empty grey badge, read out as "no picture". */
    public static Span badge(LearnerPicture picture) {
        if (picture == null) {
            Span none = new Span();
            none.addClassNames("learner-picture", "no-picture");
            none.getElement().setAttribute("role", "img");
            none.getElement().setAttribute("aria-label", none.getTranslation("privacy.no-picture"));
            return none;
        }
        Icon icon = picture.icon().create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon);
        badge.addClassName("learner-picture");
        badge.getStyle().set("background-color", picture.colour());
        badge.getElement().setAttribute("role", "img");
        badge.getElement().setAttribute("aria-label", badge.getTranslation(picture.translationKey()));
        return badge;
    }
}
