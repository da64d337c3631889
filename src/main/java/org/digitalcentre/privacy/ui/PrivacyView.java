package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.privacy.CohortRetention;
import org.digitalcentre.privacy.LearnerDataExport;
import org.digitalcentre.privacy.LearnerErasure;

/**
 * The administrator's page for learners' personal data: which cohorts the retention rule anonymises next, and when;
 * a cohort's learners, each with "Export her data", "Anonymise" and "Erase". {@code ?cohort=ID} opens a cohort (the
 * learners' page links here).
 */
@Route("privacy")
@Menu(title = "privacy.menu", icon = "vaadin:user-check", order = 95)
@RolesAllowed(Role.Names.ADMIN)
class PrivacyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RetentionPanel retention;
    private final CohortLearnersPanel learners;

    PrivacyView(CohortAdministration administration, LearnerDataExport export, LearnerErasure erasure,
                CohortRetention retentionRule, CurrentUser currentUser) {
        SignedIn admin = currentUser.require();
        learners = new CohortLearnersPanel(administration, export, erasure, admin);
        retention = new RetentionPanel(retentionRule, admin, learners::show);
        learners.onChange(retention::refresh);
        addClassName("privacy-page");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")), learners,
                retention);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("cohort").flatMap(PrivacyView::number)
                .ifPresent(learners::show);
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
