package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a temporary password once, to the administrator who made it, in large letters. It is not stored anywhere
 * but as a hash: when this closes, it is gone.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String personName, String temporaryPassword) {
        setHeaderTitle(getTranslation("staff-accounts.temporary.title"));
        Span password = new Span(temporaryPassword);
        password.addClassName("temporary-password");
        add(new Paragraph(getTranslation("staff-accounts.temporary.text", personName)), new Paragraph(password));
        setCloseOnOutsideClick(false);
        Button close = new Button(getTranslation("staff-accounts.temporary.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
