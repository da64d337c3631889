package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Step;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.Grade;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.plan.LearnerPlan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A learner takes a module in the {@link ModulePlayer}. Every move and every answer is saved at once: she can leave
 * at any step and finds the same step, with her answers, when she comes back. "I need help" is on every step.
 */
@Route("module/:moduleId")
@RolesAllowed(Role.Names.LEARNER)
class ModulePlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentCatalogue catalogue;
    private final LearningService learning;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CohortPlanService plans;
    private final LiveClassroom live;
    private final LivePresence presence;
    private final Button help = new Button();
    /** The teacher's "Done" on the live page, heard here: her help button comes back at once. */
    private Registration helpWatch;
    private volatile boolean helpShownAsked;

    private Module module;
    private long learnerId;
    private String language;
    private String lastCheckId;

    ModulePlayerView(ContentCatalogue catalogue, LearningService learning, CurrentUser currentUser, Clock clock,
                     CohortPlanService plans, LiveClassroom live, LivePresence presence) {
        this.catalogue = catalogue;
        this.learning = learning;
        this.currentUser = currentUser;
        this.clock = clock;
        this.plans = plans;
        this.live = live;
        this.presence = presence;
        help.setIcon(VaadinIcon.HANDS_UP.create());
        help.addThemeVariants(ButtonVariant.LUMO_LARGE);
        help.addClassName("help-button");
        help.addClickListener(click -> askForHelp());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        learnerId = currentUser.learnerId();
        LearnerPlan plan = plans.forLearner(learnerId);
        Optional<Module> found = event.getRouteParameters().get("moduleId").flatMap(catalogue::module)
                .filter(m -> plan.mayOpen(m.id()));
        if (found.isEmpty()) {
            event.forwardTo(LearnerHomeView.class);
            return;
        }
        module = found.get();
        presence.ensure(learnerId);
        showHelpState(live.isAskingForHelp(learnerId));
        // The whole module in one language: hers when every text has it, else French (never a mix).
        language = module.textLanguage(getLocale().getLanguage());
        LearningService.ModuleVisit visit = learning.open(learnerId, module);
        ModulePlayer player = new ModulePlayer(module, language, visit.stepIndex(), visit.latestAnswers(), learnerId,
                clock, new ModulePlayer.Listener() {
            @Override
            public void moved(int stepIndex) {
                learning.moveTo(learnerId, module, stepIndex);
                onStep(stepIndex);
            }

            @Override
            public Grade answered(Exercise exercise, Answer answer, Instant shownAt, boolean hintUsed,
                                  String checkId) {
                // Returns once her answer is committed (and written to the file: docs/decisions/0009).
                Grade grade = learning.answer(learnerId, module, exercise, answer, language, shownAt, hintUsed,
                        checkId);
                // The same check again (a double-click) is not another try for the live view either.
                if (!checkId.equals(lastCheckId)) {
                    lastCheckId = checkId;
                    live.answered(learnerId, exercise.id(), grade.correct());
                }
                return grade;
            }

            @Override
            public Component finished() {
                return summary();
            }

            @Override
            public void simulationChanged(Exercise exercise, List<SimEvent> events) {
                learning.keepDraft(learnerId, module, exercise, events);
            }

            @Override
            public List<SimEvent> draft(Exercise exercise) {
                return learning.draftOf(learnerId, module.id(), exercise.id());
            }

            @Override
            public void typed(Exercise exercise, List<String> words) {
                learning.keepTypedDraft(learnerId, module, exercise, words);
            }

            @Override
            public Optional<List<String>> typedDraft(Exercise exercise) {
                return learning.typedDraftOf(learnerId, module.id(), exercise.id());
            }
        });
        onStep(player.stepIndex());
        Div helpArea = new Div(help);
        helpArea.addClassName("help-area");
        helpArea.getElement().setAttribute("aria-live", "polite");
        removeAll();
        add(player, helpArea);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        watchHelp(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatchingHelp();
    }

    /**
     * Listens to her cohort's live room; only a change of her own help flag (the teacher tapped "Done", or she asked
     * from another page) reaches her screen, not every move of the others.
     */
    private void watchHelp(UI ui) {
        stopWatchingHelp();
        live.cohortOf(learnerId).ifPresent(cohortId -> helpWatch = live.subscribe(cohortId, learners -> {
            boolean asking = learners.stream().anyMatch(l -> l.learnerId() == learnerId && l.helpAskedAt() != null);
            if (asking != helpShownAsked) {
                ui.access(() -> showHelpState(live.isAskingForHelp(learnerId)));
            }
        }));
    }

    private void stopWatchingHelp() {
        if (helpWatch != null) {
            helpWatch.remove();
            helpWatch = null;
        }
    }

    private void onStep(int stepIndex) {
        showHelpState(live.isAskingForHelp(learnerId));
        Step step = module.steps().get(stepIndex);
        live.onStep(learnerId, module.id(), stepIndex + 1, module.steps().size(),
                step instanceof Exercise ? step.id() : null);
    }

    private void askForHelp() {
        live.askForHelp(learnerId);
        showHelpState(true);
    }

    /** Once she has asked, the button says so; the teacher's live view shows her hand until it is cleared. */
    private void showHelpState(boolean asked) {
        helpShownAsked = asked;
        help.setEnabled(!asked);
        help.setText(getTranslation(asked ? "help.asked" : "help.ask"));
    }

    /** The end of the module: what she achieved, and the way home. */
    private Component summary() {
        ModuleResult result = learning.resultsOf(learnerId, catalogue::module).getOrDefault(module.id(),
                ModuleResult.notStarted(module));
        Div summary = new Div();
        summary.addClassName("finish");
        summary.add(StatusBadge.of(result.status()));
        if (result.status().isDone()) {
            summary.add(new H2(getTranslation("player.finished")));
            summary.add(new Paragraph(getTranslation("player.finished.score", result.firstTryRight(),
                    result.exerciseCount())));
        } else {
            summary.add(new H2(getTranslation("player.not-finished")));
            summary.add(new Paragraph(getTranslation("player.not-finished.count",
                    result.exerciseCount() - result.exercisesAnswered())));
        }
        Button home = new Button(getTranslation("player.home"), VaadinIcon.HOME.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LearnerHomeView.class)));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        home.addClassName("home-button");
        summary.add(home);
        return summary;
    }

    @Override
    public String getPageTitle() {
        return module == null ? getTranslation("player.page-title")
                : module.title().in(module.textLanguage(getLocale().getLanguage()));
    }
}
