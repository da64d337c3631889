package org.digitalcentre.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService.UsernameTakenException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form for a new staff account: name, user name, role, and a teacher's groups. It collects the values and hands
 * them on; a broken rule comes back as a message under its field. No password here: the account gets a temporary
 * one, shown once.
 */
class StaffAccountDialog extends Dialog {

    /** What the view does with the values; it throws what the service throws. */
    interface Opener {
        void open(String username, String displayName, Role role, Set<Long> cohortIds);
    }

    private final TextField displayName = new TextField();
    private final TextField username = new TextField();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final MultiSelectComboBox<CohortSummary> cohorts = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields =
            Map.of("displayName", displayName, "username", username, "role", role);
    private final Opener opener;

    StaffAccountDialog(List<CohortSummary> allCohorts, Opener opener) {
        this.opener = opener;
        setHeaderTitle(getTranslation("staff-accounts.form.title"));
        displayName.setLabel(getTranslation("staff-accounts.form.display-name"));
        displayName.setMaxLength(NewStaffAccount.DISPLAY_NAME_MAX);
        username.setLabel(getTranslation("staff-accounts.form.username"));
        username.setMaxLength(NewStaffAccount.USERNAME_MAX);
        role.setLabel(getTranslation("staff-accounts.form.role"));
        role.setItems(Role.TEACHER, Role.AUTHOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("staff-accounts.role." + r.name()));
        role.setValue(Role.TEACHER);
        cohorts.setLabel(getTranslation("staff-accounts.form.cohorts"));
        cohorts.setHelperText(getTranslation("staff-accounts.form.cohorts.help"));
        cohorts.setItems(allCohorts);
        cohorts.setItemLabelGenerator(CohortSummary::name);
        role.addValueChangeListener(change -> cohorts.setVisible(change.getValue() == Role.TEACHER));
        List.of(displayName, username).forEach(field -> field.setRequiredIndicatorVisible(true));

        FormLayout form = new FormLayout(displayName, username, role, cohorts);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("staff-accounts.form.save"), VaadinIcon.CHECK.create(),
                click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff-accounts.form.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        FieldErrors.clear(fields);
        Set<Long> cohortIds = role.getValue() == Role.TEACHER
                ? cohorts.getValue().stream().map(CohortSummary::id).collect(Collectors.toSet()) : Set.of();
        try {
            opener.open(username.getValue(), displayName.getValue(), role.getValue(), cohortIds);
            close();
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, fields);
        } catch (UsernameTakenException taken) {
            FieldErrors.mark(username, "staff-accounts.form.username-taken");
        }
    }
}
