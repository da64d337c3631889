package org.digitalcentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.base.ui.QuickExit;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.classroom.ui.LearnerPictures;
import org.digitalcentre.security.LearnerSignIn;

import java.util.Map;
import java.util.Optional;

/** Her cohort's tiles: she taps her own (first name, initial and the picture she chose). */
@Route(value = "cohort/:cohortId([0-9]{1,18})", autoLayout = false)
@AnonymousAllowed
class ChooseLearnerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassroomService classroom;
    private final LearnerSignIn signIn;

    ChooseLearnerView(ClassroomService classroom, LearnerSignIn signIn) {
        this.classroom = classroom;
        this.signIn = signIn;
        addClassName("sign-in-page");
        ReadAloud.scope(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CohortCard> cohort = event.getRouteParameters().getLong("cohortId").flatMap(classroom::activeCohort);
        if (cohort.isEmpty() || !signIn.learnersMaySignInHere()) {
            event.forwardTo(ChooseCohortView.class);
            return;
        }
        removeAll();
        add(new QuickExit());
        Button back = new Button(getTranslation("sign-in.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ChooseCohortView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClassName("back-button");
        add(back, new LanguagePicker(), ReadAloud.mark(new H1(getTranslation("sign-in.learner.title")), null),
                new ReadAloud());
        Div tiles = new Div();
        tiles.addClassName("tile-grid");
        for (LearnerTile learner : classroom.signInTilesOf(cohort.get().id())) {
            tiles.add(tile(learner));
        }
        add(tiles);
    }

    private Button tile(LearnerTile learner) {
        Span picture = LearnerPictures.badge(learner.picture());
        Button tile = new Button(learner.shortName(), picture, click -> getUI().ifPresent(ui -> ui.navigate(
                EnterCodeView.class, new RouteParameters(Map.of("cohortId", String.valueOf(learner.cohortId()),
                        "learnerId", String.valueOf(learner.id()))))));
        tile.addClassName("learner-tile");
        if (learner.locked()) {
            tile.setSuffixComponent(VaadinIcon.LOCK.create());
            tile.getElement().setAttribute("aria-label",
                    learner.shortName() + " — " + getTranslation("sign-in.learner.locked"));
        }
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.learner.page-title");
    }
}
