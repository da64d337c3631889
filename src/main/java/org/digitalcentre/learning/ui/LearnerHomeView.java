package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Topic;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;

import java.util.Map;
import java.util.Optional;

/** Her home: a greeting, "continue where you left off", and every topic with its modules and how far she is. */
@Route("home")
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
@RolesAllowed(Role.Names.LEARNER)
class LearnerHomeView extends Div implements HasDynamicTitle {

    LearnerHomeView(CurrentUser currentUser, ContentCatalogue catalogue, LearningService learning) {
        addClassName("learner-home");
        long learnerId = currentUser.learnerId();
        String language = getLocale().getLanguage();
        add(new H1(getTranslation("home.hello", currentUser.require().displayName())));

        Optional<LearningService.ResumePoint> resume = learning.whereSheLeftOff(learnerId, catalogue::module);
        resume.flatMap(point -> catalogue.module(point.moduleId()).map(module -> continueCard(module, point)))
                .ifPresent(this::add);

        Map<String, ModuleResult> results = learning.resultsOf(learnerId, catalogue::module);
        for (Topic topic : catalogue.topics()) {
            Section section = new Section();
            section.addClassName("topic");
            H2 title = new H2(ModuleCards.icon(topic.icon()), new Span(topic.title().in(language)));
            Div cards = new Div();
            cards.addClassName("module-cards");
            for (Module module : catalogue.modulesOf(topic.id())) {
                cards.add(ModuleCards.card(module, results.getOrDefault(module.id(), ModuleResult.notStarted(module)),
                        language));
            }
            if (cards.getComponentCount() > 0) {
                section.add(title, cards);
                add(section);
            }
        }
    }

    private Component continueCard(Module module, LearningService.ResumePoint point) {
        Div card = new Div();
        card.addClassName("continue-card");
        Span label = new Span(getTranslation("home.continue.step", module.title().in(getLocale().getLanguage()),
                point.stepIndex() + 1, module.steps().size()));
        Button go = new Button(getTranslation("home.continue"), VaadinIcon.PLAY.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ModulePlayerView.class,
                        new RouteParameters("moduleId", module.id()))));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        go.addClassName("continue-button");
        card.add(go, label);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
