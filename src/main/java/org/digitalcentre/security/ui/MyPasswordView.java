package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.security.GoodPassword;
import org.digitalcentre.security.StaffAccountService;
import org.digitalcentre.security.StaffAccountService.SamePasswordException;
import org.digitalcentre.security.StaffAccountService.WrongPasswordException;

import java.util.List;
import java.util.Map;

/**
 * Everyone on staff changes her own password here: the current one, the new one twice. After a temporary password
 * (a new account, a reset, a demo account outside the demo profile) this is the only page she can open until she
 * has chosen hers ({@link StaffNavigationGuard}).
 */
@Route("my-password")
@Menu(title = "menu.my-password", icon = "vaadin:key", order = 95)
@RolesAllowed({Role.Names.TEACHER, Role.Names.AUTHOR, Role.Names.ADMIN})
class MyPasswordView extends Div implements HasDynamicTitle {

    private final StaffAccountService staff;
    private final SignedIn me;
    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    MyPasswordView(StaffAccountService staff, CurrentUser currentUser) {
        this.staff = staff;
        this.me = currentUser.require();
        addClassName("my-password");
        current.setLabel(getTranslation("my-password.current"));
        chosen.setLabel(getTranslation("my-password.new"));
        chosen.setHelperText(getTranslation("staff.password.help", GoodPassword.MIN, GoodPassword.MAX));
        chosen.setMaxLength(GoodPassword.MAX);
        repeat.setLabel(getTranslation("my-password.repeat"));
        List.of(current, chosen, repeat).forEach(field -> {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        });
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        add(new H1(getTranslation("my-password.title")));
        if (staff.mustChangePassword(me.id())) {
            Paragraph mustChange = new Paragraph(getTranslation("my-password.must-change"));
            mustChange.addClassName("must-change");
            add(mustChange);
        }
        add(new Paragraph(getTranslation("my-password.intro")));
        FormLayout form = new FormLayout(current, chosen, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32em");
        Button save = new Button(getTranslation("my-password.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(form, save);
    }

    private void save() {
        List.of(current, chosen, repeat).forEach(field -> field.setInvalid(false));
        if (!repeat.getValue().equals(chosen.getValue())) {
            FieldErrors.mark(repeat, "my-password.different");
            return;
        }
        try {
            staff.changeOwnPassword(me, current.getValue(), chosen.getValue());
        } catch (WrongPasswordException wrong) {
            FieldErrors.mark(current, "my-password.wrong-current");
            return;
        } catch (SamePasswordException same) {
            FieldErrors.mark(chosen, "my-password.same");
            return;
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, Map.of("password", chosen), GoodPassword.MIN, GoodPassword.MAX);
            return;
        }
        // What she typed is not kept anywhere, not even in the fields.
        List.of(current, chosen, repeat).forEach(PasswordField::clear);
        Notification.show(getTranslation("my-password.done"), 4000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(SignedInLanding.pathFor(me)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-password.title");
    }
}
