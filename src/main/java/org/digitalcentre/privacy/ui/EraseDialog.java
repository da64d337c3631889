package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.privacy.LearnerErasure;

/**
 * "Erase Amina D.?": everything that will be lost, counted, and her first name to type before anything is erased
 * (GitHub's way of confirming what cannot be undone).
 */
class EraseDialog extends Dialog {

    EraseDialog(LearnerErasure erasure, SignedIn admin, LearnerDetails learner, Runnable done) {
        LearnerErasure.Loss loss = erasure.lossOf(admin, learner.id());
        setHeaderTitle(getTranslation("privacy.erase.title", learner.shortName()));
        addClassName("privacy-erase-dialog");
        Paragraph loses = new Paragraph(getTranslation("privacy.erase.loses", loss.answers(), loss.modules(),
                loss.days(), loss.drafts(), loss.notes(), loss.modulesGivenToHer()));
        loses.addClassName("privacy-loss");
        TextField typedName = new TextField(getTranslation("privacy.erase.typed-name"));
        typedName.setHelperText(getTranslation("privacy.erase.type-name", loss.firstName()));
        typedName.addClassName("privacy-typed-name");
        typedName.setWidthFull();
        add(new Paragraph(getTranslation("privacy.erase.text")), loses, typedName);
        Button confirm = new Button(getTranslation("privacy.erase.confirm"), VaadinIcon.TRASH.create(), click -> {
            try {
                erasure.erase(admin, learner.id(), typedName.getValue());
                CohortLearnersPanel.tell(getTranslation("privacy.erased", learner.shortName()), true);
                close();
                done.run();
            } catch (LearnerErasure.NameNotConfirmed wrongName) {
                FieldErrors.mark(typedName, "privacy.erase.wrong-name", loss.firstName());
                typedName.focus();
            } catch (LearnerErasure.SignedInNow here) {
                CohortLearnersPanel.tell(getTranslation("privacy.signed-in-now", learner.shortName()), false);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClassName("privacy-confirm");
        Button cancel = new Button(getTranslation("privacy.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
