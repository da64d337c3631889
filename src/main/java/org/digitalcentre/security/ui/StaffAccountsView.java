package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountLine;
import org.digitalcentre.security.StaffAccountLine.State;
import org.digitalcentre.security.StaffAdministration;
import org.digitalcentre.security.StaffAdministration.RefusedException;

/**
 * Administrators' list of staff accounts: open one (a temporary password is shown once), disable or enable it,
 * give a new temporary password, unlock one locked by wrong passwords.
 */
@Route("staff")
@Menu(title = "menu.staff-accounts", icon = "vaadin:user-card", order = 90)
@RolesAllowed(Role.Names.ADMIN)
class StaffAccountsView extends Div implements HasDynamicTitle {

    private final StaffAdministration administration;
    private final SignedIn admin;
    private final Grid<StaffAccountLine> grid = new Grid<>();

    StaffAccountsView(StaffAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.admin = currentUser.require();
        addClassName("staff-accounts");

        Button create = new Button(getTranslation("staff-accounts.new"), VaadinIcon.PLUS.create(),
                click -> openDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(create);
        actions.addClassName("toolbar");

        grid.addClassName("staff-account-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(StaffAccountLine::displayName).setHeader(getTranslation("staff-accounts.name"))
                .setFlexGrow(2);
        grid.addColumn(StaffAccountLine::username).setHeader(getTranslation("staff-accounts.username"));
        grid.addColumn(line -> getTranslation("staff-accounts.role." + line.role().name()))
                .setHeader(getTranslation("staff-accounts.role"));
        grid.addColumn(line -> getTranslation("staff-accounts.state." + line.state().name()))
                .setHeader(getTranslation("staff-accounts.state")).setKey("state").setFlexGrow(2);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("staff-accounts.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(3);
        add(new H1(getTranslation("staff-accounts.title")), actions, grid);
        refresh();
    }

    private Div rowActions(StaffAccountLine line) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        boolean disabled = line.state() == State.DISABLED;
        Button able = new Button(getTranslation(disabled ? "staff-accounts.enable" : "staff-accounts.disable"),
                (disabled ? VaadinIcon.CHECK : VaadinIcon.BAN).create(), click -> setDisabled(line, !disabled));
        able.setAriaLabel(getTranslation(disabled ? "staff-accounts.enable-named" : "staff-accounts.disable-named",
                line.displayName()));
        Button reset = new Button(getTranslation("staff-accounts.reset"), VaadinIcon.KEY.create(), click -> {
            String temporary = administration.resetPassword(admin, line.id());
            refresh();
            new TemporaryPasswordDialog(line.displayName(), temporary).open();
        });
        reset.setAriaLabel(getTranslation("staff-accounts.reset-named", line.displayName()));
        actions.add(able, reset);
        if (line.state() == State.LOCKED) {
            Button unlock = new Button(getTranslation("staff-accounts.unlock"), VaadinIcon.UNLOCK.create(),
                    click -> {
                        administration.unlock(admin, line.id());
                        say("staff-accounts.unlocked", line.displayName());
                        refresh();
                    });
            unlock.setAriaLabel(getTranslation("staff-accounts.unlock-named", line.displayName()));
            unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(unlock);
        }
        return actions;
    }

    private void setDisabled(StaffAccountLine line, boolean disabled) {
        try {
            administration.setDisabled(admin, line.id(), disabled);
            say(disabled ? "staff-accounts.disabled" : "staff-accounts.enabled", line.displayName());
        } catch (RefusedException refused) {
            Notification.show(getTranslation("staff-accounts.refused." + refused.refusal().name()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void openDialog() {
        StaffAccountDialog dialog = new StaffAccountDialog(administration.cohorts(admin),
                (username, displayName, role, cohortIds) -> {
                    var opened = administration.open(admin, username, displayName, role, cohortIds);
                    refresh();
                    new TemporaryPasswordDialog(displayName.strip(), opened.temporaryPassword()).open();
                });
        dialog.open();
    }

    private void say(String key, String name) {
        Notification.show(getTranslation(key, name), 4000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(administration.accounts(admin));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff-accounts.title");
    }
}
