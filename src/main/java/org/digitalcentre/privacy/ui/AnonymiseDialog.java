package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.privacy.LearnerErasure;

/** "Anonymise Amina D.?": what stays, what will be lost, and that it cannot be undone. */
class AnonymiseDialog extends Dialog {

    AnonymiseDialog(LearnerErasure erasure, SignedIn admin, LearnerDetails learner, Runnable done) {
        LearnerErasure.Loss loss = erasure.lossOf(admin, learner.id());
        setHeaderTitle(getTranslation("privacy.anonymise.title", learner.shortName()));
        addClassName("privacy-anonymise-dialog");
        Paragraph loses = new Paragraph(getTranslation("privacy.anonymise.loses", loss.notes(), loss.drafts()));
        loses.addClassName("privacy-loss");
        add(new Paragraph(getTranslation("privacy.anonymise.text")), loses);
        Button confirm = new Button(getTranslation("privacy.anonymise.confirm"), VaadinIcon.USER_CLOCK.create(),
                click -> {
                    try {
                        erasure.anonymise(admin, learner.id());
                        CohortLearnersPanel.tell(getTranslation("privacy.anonymised-done", learner.shortName()), true);
                        close();
                        done.run();
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
