package org.digitalcentre.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SharedComputerProperties;
import org.digitalcentre.base.SignedIn;

/**
 * The frame around every signed-in page: the app's name, who is signed in, the menu each view registers with
 * {@code @Menu} (only the entries this person may open), and the way out. Learners get a large "I'm done" button
 * that signs them out and brings the workstation back to the cohort screen. On a shared computer every page also has
 * the {@link QuickExit} button and the {@link IdleGuard}; signing out replaces the page (nothing of hers in Back).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final Main main = new Main();
    private final boolean learner;

    MainLayout(CurrentUser currentUser, SharedComputerProperties sharedComputer) {
        SignedIn user = currentUser.require();
        learner = user.role() == Role.LEARNER;
        addClassName(learner ? "learner-layout" : "staff-layout");

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        Span who = new Span(VaadinIcon.USER.create(), new Span(user.displayName()));
        who.addClassName("signed-in-as");

        Button leave = new Button(getTranslation(learner ? "layout.done" : "layout.sign-out"),
                (learner ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.SIGN_OUT).create(), click -> signOut());
        leave.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        leave.addClassName(learner ? "done-button" : "sign-out-button");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, appName, spacer, who, new QuickExit(), leave, new IdleGuard(user.role(), sharedComputer));

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);

        main.addClassName("page");
        setContent(main);
    }

    /**
     * Signs her out and shows the first screen; the page is replaced, not added to, so that Back cannot bring her
     * pages again.
     */
    private void signOut() {
        SignOut.now(learner ? SignOut.LEARNERS_START : SignOut.STAFF_START);
    }

    /** When the connection breaks (a restart, the network), she reads in her language that her answers are kept. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ReconnectDialogConfiguration reconnect = attachEvent.getUI().getReconnectDialogConfiguration();
        reconnect.setDialogText(getTranslation("connection.lost"));
        reconnect.setDialogTextGaveUp(getTranslation("connection.gave-up"));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        // Every page's content sits in the page's one <main> landmark.
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }
}
