package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A teacher's cohorts (all of them for an administrator): create, edit, archive, and open their learners. */
@Route("cohorts")
@Menu(title = "menu.cohorts", icon = "vaadin:group", order = 5)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class CohortsView extends Div implements HasDynamicTitle {

    private final CohortAdministration administration;
    private final SignedIn staff;
    private final Grid<CohortSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox();

    CohortsView(CohortAdministration administration, CurrentUser currentUser) {
        this.administration = administration;
        this.staff = currentUser.require();
        addClassName("cohorts");

        Button create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(),
                click -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.setLabel(getTranslation("cohorts.show-archived"));
        showArchived.addValueChangeListener(change -> refresh());
        Div actions = new Div(create, showArchived);
        actions.addClassName("toolbar");

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addClassName("cohort-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohorts.name")).setFlexGrow(2);
        grid.addColumn(CohortSummary::centreName).setHeader(getTranslation("cohorts.centre")).setFlexGrow(2);
        grid.addColumn(c -> date.format(c.startDate())).setHeader(getTranslation("cohorts.start"));
        grid.addColumn(CohortSummary::weeks).setHeader(getTranslation("cohorts.weeks"));
        grid.addColumn(CohortSummary::learnerCount).setHeader(getTranslation("cohorts.learners"));
        grid.addColumn(c -> getTranslation(c.archived() ? "cohorts.archived" : "cohorts.active"))
                .setHeader(getTranslation("cohorts.status"));
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("cohorts.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(3);
        add(new H1(getTranslation("cohorts.title")), actions, grid);
        refresh();
    }

    private Div rowActions(CohortSummary cohort) {
        Button learners = new Button(getTranslation("cohorts.open-learners"), VaadinIcon.USERS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CohortLearnersView.class,
                        new RouteParameters("cohortId", String.valueOf(cohort.id())))));
        learners.setAriaLabel(getTranslation("cohorts.open-learners-of", cohort.name()));
        Button edit = new Button(getTranslation("cohorts.edit"), VaadinIcon.EDIT.create(), click -> openDialog(cohort));
        edit.setAriaLabel(getTranslation("cohorts.edit-named", cohort.name()));
        Button archive = new Button(getTranslation(cohort.archived() ? "cohorts.restore" : "cohorts.archive"),
                (cohort.archived() ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create(), click -> {
            administration.setArchived(staff, cohort.id(), !cohort.archived());
            refresh();
        });
        archive.setAriaLabel(getTranslation(cohort.archived() ? "cohorts.restore-named" : "cohorts.archive-named",
                cohort.name()));
        Div actions = new Div(learners, edit, archive);
        actions.addClassName("row-actions");
        return actions;
    }

    private void openDialog(CohortSummary cohort) {
        CohortDialog dialog = new CohortDialog(cohort == null ? null : cohort.details(), administration.centres(),
                administration.teachers(), staff.role() == Role.ADMIN);
        dialog.onCentreCreated(name -> administration.addCentre(staff, name));
        dialog.onSave(details -> {
            if (cohort == null) {
                administration.createCohort(staff, details);
            } else {
                administration.updateCohort(staff, cohort.id(), details);
            }
            Notification.show(getTranslation("cohorts.saved", details.name()), 3000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(administration.cohorts(staff, showArchived.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title");
    }
}
