package org.digitalcentre.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.CentreComputers;
import org.digitalcentre.classroom.CentreComputers.RegisteredComputer;
import org.digitalcentre.classroom.WorkstationCookie;

/**
 * The centre's computers. A teacher registers this computer under a name ("Poste 3"): learners may then sign in on
 * it, and the live view says who sits where. She sees the registered computers and can forget one (a computer that
 * left the centre). Administrators also list the centre's network ranges, from which learners may sign in on any
 * computer.
 */
@Route("workstation")
@Menu(title = "menu.computers", icon = "vaadin:desktop", order = 9)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class WorkstationView extends Div implements HasDynamicTitle {

    private final CentreComputers computers;
    private final SignedIn staff;
    private final TextField name = new TextField();
    private final Grid<RegisteredComputer> registered = new Grid<>();
    private final Grid<String> networks = new Grid<>();

    WorkstationView(CentreComputers computers, CurrentUser currentUser) {
        this.computers = computers;
        this.staff = currentUser.require();
        addClassName("workstation");
        name.setLabel(getTranslation("workstation.name"));
        name.setMaxLength(CentreComputers.NAME_MAX);
        name.setHelperText(getTranslation("workstation.help"));
        computers.nameOf(thisComputer()).ifPresent(name::setValue);
        Button save = new Button(getTranslation("workstation.register"), VaadinIcon.CHECK.create(), click -> register());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("workstation.title")), new Paragraph(getTranslation("workstation.intro")), name,
                save);

        registered.addColumn(RegisteredComputer::name).setHeader(getTranslation("workstation.list.name"));
        registered.addComponentColumn(this::forgetButton).setHeader(getTranslation("workstation.list.actions"))
                .setKey("actions");
        registered.setAllRowsVisible(true);
        registered.addClassName("registered-computers");
        registered.setAriaLabel(getTranslation("workstation.list.title"));
        add(new H2(getTranslation("workstation.list.title")), registered);
        if (staff.role() == Role.ADMIN) {
            add(networksSection());
        }
        refresh();
    }

    private void register() {
        if (!CentreComputers.isValidName(name.getValue())) {
            FieldErrors.mark(name, "workstation.invalid", CentreComputers.NAME_MAX);
            return;
        }
        name.setInvalid(false);
        String token = computers.register(thisComputer(), name.getValue());
        WorkstationCookie.store(VaadinServletResponse.getCurrent().getHttpServletResponse(), token);
        Notification.show(getTranslation("workstation.saved", name.getValue().strip()), 4000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private Button forgetButton(RegisteredComputer computer) {
        Button forget = new Button(getTranslation("workstation.forget"), VaadinIcon.TRASH.create(), click -> {
            computers.forget(computer.id());
            Notification.show(getTranslation("workstation.forgotten", computer.name()), 4000,
                    Notification.Position.MIDDLE);
            refresh();
        });
        forget.setAriaLabel(getTranslation("workstation.forget.label", computer.name()));
        return forget;
    }

    private Div networksSection() {
        networks.addColumn(range -> range).setHeader(getTranslation("workstation.networks.range"));
        networks.addComponentColumn(range -> {
            Button remove = new Button(getTranslation("workstation.networks.remove"), VaadinIcon.TRASH.create(),
                    click -> {
                        computers.removeNetwork(staff, range);
                        refresh();
                    });
            remove.setAriaLabel(getTranslation("workstation.networks.remove.label", range));
            return remove;
        }).setHeader(getTranslation("workstation.list.actions"));
        networks.setAllRowsVisible(true);
        networks.addClassName("networks-list");
        networks.setAriaLabel(getTranslation("workstation.networks.title"));
        TextField range = new TextField(getTranslation("workstation.networks.new"));
        range.setHelperText(getTranslation("workstation.networks.help"));
        CentreComputers.networkOfThisServer().ifPresent(range::setPlaceholder);
        Button add = new Button(getTranslation("workstation.networks.add"), VaadinIcon.PLUS.create(), click -> {
            if (!CentreComputers.isValidRange(range.getValue())) {
                FieldErrors.mark(range, "workstation.networks.invalid");
                return;
            }
            range.setInvalid(false);
            computers.allowNetwork(staff, range.getValue());
            range.clear();
            refresh();
        });
        HorizontalLayout adding = new HorizontalLayout(range, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div section = new Div(new H2(getTranslation("workstation.networks.title")),
                new Paragraph(getTranslation("workstation.networks.intro")), networks, adding);
        section.addClassName("networks");
        return section;
    }

    private void refresh() {
        registered.setItems(computers.registered());
        if (staff.role() == Role.ADMIN) {
            networks.setItems(computers.networks());
        }
    }

    private static CentreComputers.Computer thisComputer() {
        return WorkstationCookie.computerOf(VaadinServletRequest.getCurrent().getHttpServletRequest());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workstation.title");
    }
}
