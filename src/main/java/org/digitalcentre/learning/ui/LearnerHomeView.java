package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentLanguages;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Topic;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.plan.LearnerPlan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Her home: a greeting, "continue where you left off", and every topic with its modules and how far she is. */
@Route("home")
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
@RolesAllowed(Role.Names.LEARNER)
class LearnerHomeView extends Div implements HasDynamicTitle {

    LearnerHomeView(CurrentUser currentUser, ContentCatalogue catalogue, LearningService learning,
                    CohortPlanService plans, LiveClassroom live, LivePresence presence, ClassroomService classroom) {
        addClassName("learner-home");
        long learnerId = currentUser.learnerId();
        presence.ensure(learnerId);
        live.onStep(learnerId, null, 0, 0, null);
        String language = getLocale().getLanguage();
        add(new H1(getTranslation("home.hello", currentUser.require().displayName())));
        // Her language, remembered for her: the next time she signs in, on any computer, the app speaks it.
        add(new LanguagePicker(chosen -> classroom.rememberLanguage(learnerId, chosen.getLanguage())));
        LearnerPlan plan = plans.forLearner(learnerId);

        Optional<LearningService.ResumePoint> resume = learning.whereSheLeftOff(learnerId,
                id -> catalogue.module(id).filter(m -> plan.mayOpen(m.id())));
        resume.flatMap(point -> catalogue.module(point.moduleId()).map(module -> continueCard(module, point)))
                .ifPresent(this::add);

        Map<String, ModuleResult> results = learning.resultsOf(learnerId, catalogue::module);
        plan.todaysWorkshop().flatMap(catalogue::module).ifPresent(module -> add(planSection("todays-workshop",
                VaadinIcon.CALENDAR_USER, getTranslation("home.todays-workshop"), List.of(module), results, language)));
        List<Module> forYou = plan.forYou().stream().flatMap(id -> catalogue.module(id).stream()).toList();
        if (!forYou.isEmpty()) {
            add(planSection("for-you", VaadinIcon.USER_STAR, getTranslation("home.for-you"), forYou, results,
                    language));
        }
        List<Module> thisWeek = plan.thisWeek().stream().flatMap(id -> catalogue.module(id).stream()).toList();
        if (!thisWeek.isEmpty()) {
            add(planSection("this-week", VaadinIcon.CALENDAR, getTranslation("home.this-week", plan.currentWeek()),
                    thisWeek, results, language));
        }

        for (Topic topic : catalogue.topics()) {
            Section section = new Section();
            section.addClassName("topic");
            String topicLanguage = topic.title().has(language) ? language : ContentLanguages.FRENCH;
            H2 title = new H2(ModuleCards.icon(topic.icon()),
                    LanguageMarks.content(new Span(topic.title().in(topicLanguage)), topicLanguage));
            Div cards = new Div();
            cards.addClassName("module-cards");
            for (Module module : catalogue.modulesOf(topic.id()).stream().filter(m -> plan.mayOpen(m.id())).toList()) {
                cards.add(ModuleCards.card(module, results.getOrDefault(module.id(), ModuleResult.notStarted(module)),
                        language));
            }
            if (cards.getComponentCount() > 0) {
                section.add(title, cards);
                add(section);
            }
        }
    }

    private Section planSection(String className, VaadinIcon icon, String title, List<Module> modules,
                                Map<String, ModuleResult> results, String language) {
        Section section = new Section();
        section.addClassNames("topic", className);
        Div cards = new Div();
        cards.addClassName("module-cards");
        for (Module module : modules) {
            cards.add(ModuleCards.card(module, results.getOrDefault(module.id(), ModuleResult.notStarted(module)),
                    language));
        }
        Icon mark = icon.create();
        mark.getElement().setAttribute("aria-hidden", "true");
        section.add(new H2(mark, new Span(title)), cards);
        return section;
    }

    private Component continueCard(Module module, LearningService.ResumePoint point) {
        Div card = new Div();
        card.addClassName("continue-card");
        Span label = new Span(getTranslation("home.continue.step",
                module.title().in(module.textLanguage(getLocale().getLanguage())),
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
