package org.digitalcentre.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.live.Workstations;

/** Gives this computer a name ("Poste 3"), so that the live view says where each learner sits. */
@Route("workstation")
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class WorkstationView extends Div implements HasDynamicTitle {

    WorkstationView() {
        addClassName("workstation");
        TextField name = new TextField(getTranslation("workstation.name"));
        name.setMaxLength(Workstations.NAME_MAX);
        name.setHelperText(getTranslation("workstation.help"));
        Workstations.nameOf(VaadinServletRequest.getCurrent().getHttpServletRequest()).ifPresent(name::setValue);
        Button save = new Button(getTranslation("cohort.form.save"), VaadinIcon.CHECK.create(), click -> {
            if (!Workstations.isValid(name.getValue())) {
                FieldErrors.mark(name, "workstation.invalid", Workstations.NAME_MAX);
                return;
            }
            name.setInvalid(false);
            Workstations.name(VaadinServletResponse.getCurrent().getHttpServletResponse(), name.getValue());
            Notification.show(getTranslation("workstation.saved", name.getValue().strip()), 4000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("workstation.title")), new Paragraph(getTranslation("workstation.intro")), name,
                save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workstation.title");
    }
}
