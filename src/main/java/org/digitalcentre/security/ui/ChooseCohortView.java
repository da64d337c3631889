package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.base.ui.QuickExit;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.security.LearnerSignIn;
import org.digitalcentre.security.StaffAccountService;

/** The workstation's first screen: she picks her language and taps her cohort. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class ChooseCohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final StaffAccountService staff;
    private final CurrentUser currentUser;
    private final LearnerSignIn signIn;

    ChooseCohortView(ClassroomService classroom, StaffAccountService staff, CurrentUser currentUser,
                     LearnerSignIn signIn) {
        this.classroom = classroom;
        this.staff = staff;
        this.currentUser = currentUser;
        this.signIn = signIn;
        addClassName("sign-in-page");
        ReadAloud.scope(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (staff.noStaffYet()) {
            event.forwardTo(FirstAdministratorView.class);
            return;
        }
        if (currentUser.get().isPresent()) {
            event.forwardTo(SignedInLanding.pathFor(currentUser.require()));
            return;
        }
        removeAll();
        add(new QuickExit());
        add(new LanguagePicker(), new ReadAloud());
        if (!signIn.learnersMaySignInHere()) {
            // Not a computer of the centre: no cohort, no name, nothing to try codes on.
            add(ReadAloud.mark(new H1(getTranslation("sign-in.not-here.title")), null),
                    ReadAloud.mark(new Paragraph(getTranslation("sign-in.not-here.text")), null));
            add(staffLink());
            return;
        }
        add(ReadAloud.mark(new H1(getTranslation("sign-in.cohort.title")), null));
        Div cohorts = new Div();
        cohorts.addClassName("tile-grid");
        for (CohortCard cohort : classroom.activeCohorts()) {
            Button button = new Button(cohort.name(), VaadinIcon.GROUP.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(ChooseLearnerView.class,
                            new RouteParameters("cohortId", String.valueOf(cohort.id())))));
            button.addClassName("cohort-tile");
            button.getElement().setAttribute("title", cohort.centreName());
            cohorts.add(button);
        }
        if (cohorts.getComponentCount() == 0) {
            add(ReadAloud.mark(new Paragraph(getTranslation("sign-in.cohort.none")), null));
        }
        add(cohorts);
        add(staffLink());
    }

    private Anchor staffLink() {
        Anchor staffLink = new Anchor("login", getTranslation("sign-in.staff-link"));
        staffLink.addComponentAsFirst(VaadinIcon.USER_CARD.create());
        staffLink.addClassName("staff-link");
        return staffLink;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.cohort.page-title");
    }
}
