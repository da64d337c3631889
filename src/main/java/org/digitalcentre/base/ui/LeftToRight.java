package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;

/**
 * What is written left to right in every language, even on a right-to-left (Arabic) page: her code and its keypad
 * (laid out like a phone's: 1 2 3 from the left), web and e-mail addresses, phone numbers, passwords, spreadsheet
 * cells. Everything else follows the page's direction.
 */
public final class LeftToRight {

    /** The class of a field whose value (not its label) is written left to right; the theme styles it. */
    public static final String VALUE_CLASS = "ltr-value";

    private LeftToRight() {
    }

    /** The whole part, its layout and its words, left to right ({@code dir="ltr"}). */
    public static <C extends Component> C always(C part) {
        part.getElement().setAttribute("dir", "ltr");
        return part;
    }

    /** A field whose value is an address, a number or a password: the value left to right, the label as the page. */
    public static <C extends Component & HasStyle> C value(C field) {
        field.addClassName(VALUE_CLASS);
        return field;
    }
}
