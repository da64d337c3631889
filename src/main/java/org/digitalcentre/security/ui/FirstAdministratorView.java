package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The very first start, on an empty database: whoever installs the app opens the administrator's account. The
 * rules are those of {@link NewStaffAccount}; each broken one is shown under its field, in words.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
class FirstAdministratorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccountService staff;
    private final CentreComputers computers;
    /** The server's own local network, proposed as the place where learners may sign in. */
    private final Optional<String> localNetwork = CentreComputers.networkOfThisServer();
    private final Checkbox allowLocalNetwork = new Checkbox();
    private final TextField displayName = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Map<String, TextFieldBase<?, String>> fields =
            Map.of("displayName", displayName, "username", username, "password", password);

    FirstAdministratorView(StaffAccountService staff, CentreComputers computers) {
        this.staff = staff;
        this.computers = computers;
        addClassName("sign-in-page");
        displayName.setLabel(getTranslation("setup.display-name"));
        username.setLabel(getTranslation("setup.username"));
        password.setLabel(getTranslation("setup.password"));
        password.setHelperText(getTranslation("staff.password.help", NewStaffAccount.PASSWORD_MIN,
                NewStaffAccount.PASSWORD_MAX));
        repeat.setLabel(getTranslation("setup.repeat"));
        List.of(displayName, username, password, repeat).forEach(field -> field.setRequiredIndicatorVisible(true));
        Button create = new Button(getTranslation("setup.create"), VaadinIcon.CHECK.create(), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        FormLayout form = new FormLayout(displayName, username, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form);
        localNetwork.ifPresent(range -> {
            allowLocalNetwork.setLabel(getTranslation("setup.network", range));
            allowLocalNetwork.setHelperText(getTranslation("setup.network.help"));
            allowLocalNetwork.setValue(true);
            add(allowLocalNetwork);
        });
        add(create);
    }

    private void create() {
        FieldErrors.clear(fields);
        repeat.setInvalid(false);
        if (!repeat.getValue().equals(password.getValue())) {
            FieldErrors.mark(repeat, "setup.repeat.different");
            return;
        }
        try {
            staff.openFirstAdministrator(username.getValue(), displayName.getValue(), password.getValue());
            if (localNetwork.isPresent() && allowLocalNetwork.getValue()) {
                computers.allowNetwork((SignedIn) staff.loadUserByUsername(username.getValue()), localNetwork.get());
            }
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, fields, NewStaffAccount.PASSWORD_MIN, NewStaffAccount.PASSWORD_MAX);
            return;
        } catch (IllegalStateException alreadyDone) {
            getUI().ifPresent(ui -> ui.navigate(StaffLoginView.class));
            return;
        }
        Notification.show(getTranslation("setup.done"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(StaffLoginView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!staff.noStaffYet()) {
            event.forwardTo(StaffLoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.page-title");
    }
}
