package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.ImageStep;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Step;
import org.digitalcentre.content.TextStep;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.plan.LearnerPlan;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A module, one step at a time, with large Back and Next buttons and a progress bar. Every move and every answer
 * is saved at once: she can leave at any step and finds the same step, with her answers, when she comes back.
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

    private final H1 title = new H1();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span stepCounter = new Span();
    private final Div stepArea = new Div();
    private final Button back = new Button();
    private final Button next = new Button();

    private Module module;
    private long learnerId;
    private String language;
    private int index;
    private Map<String, LearningService.GivenAnswer> answers = new HashMap<>();

    ModulePlayerView(ContentCatalogue catalogue, LearningService learning, CurrentUser currentUser, Clock clock,
                     CohortPlanService plans, LiveClassroom live, LivePresence presence) {
        this.plans = plans;
        this.live = live;
        this.presence = presence;
        this.catalogue = catalogue;
        this.learning = learning;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("module-player");

        stepCounter.addClassName("step-counter");
        stepCounter.setId("step-counter");
        progressBar.getElement().setAttribute("aria-labelledby", "step-counter");
        Div progress = new Div(stepCounter, progressBar);
        progress.addClassName("step-progress");
        stepArea.addClassName("step");

        back.setText(getTranslation("player.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        back.addClassName("back-button");
        back.addClickListener(click -> show(index - 1));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("next-button");
        next.addClickListener(click -> {
            if (index < module.steps().size() - 1) {
                show(index + 1);
            } else {
                finish();
            }
        });
        Div navigation = new Div(back, next);
        navigation.addClassName("player-navigation");

        help.setIcon(VaadinIcon.HANDS_UP.create());
        help.setText(getTranslation("help.ask"));
        help.addThemeVariants(ButtonVariant.LUMO_LARGE);
        help.addClassName("help-button");
        help.addClickListener(click -> askForHelp());
        Div helpArea = new Div(help);
        helpArea.addClassName("help-area");
        helpArea.getElement().setAttribute("aria-live", "polite");
        add(title, progress, stepArea, navigation, helpArea);
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
        language = getLocale().getLanguage();
        title.setText(module.title().in(language));
        LearningService.ModuleVisit visit = learning.open(learnerId, module);
        answers = new HashMap<>(visit.latestAnswers());
        render(visit.stepIndex());
    }

    private void show(int stepIndex) {
        learning.moveTo(learnerId, module, stepIndex);
        render(stepIndex);
    }

    private void render(int stepIndex) {
        index = stepIndex;
        int count = module.steps().size();
        stepCounter.setText(getTranslation("player.step-of", index + 1, count));
        progressBar.setValue((index + 1) / (double) count);
        back.setEnabled(index > 0);
        back.setVisible(true);
        next.setVisible(true);
        next.setText(getTranslation(index == count - 1 ? "player.finish" : "player.next"));
        stepArea.removeAll();
        stepArea.add(stepContent(module.steps().get(index)));
        Step step = module.steps().get(index);
        stepArea.getElement().setAttribute("data-step", step.id());
        live.onStep(learnerId, module.id(), index + 1, count, step instanceof Exercise ? step.id() : null);
    }

    private void askForHelp() {
        live.askForHelp(learnerId);
        showHelpState(true);
    }

    /** Once she has asked, the button says so; the teacher's live view shows her hand until it is cleared. */
    private void showHelpState(boolean asked) {
        help.setEnabled(!asked);
        help.setText(getTranslation(asked ? "help.asked" : "help.ask"));
    }

    private Component stepContent(Step step) {
        if (step instanceof TextStep text) {
            Markdown markdown = new Markdown(text.markdown().in(language));
            markdown.addClassName("step-text");
            return markdown;
        }
        if (step instanceof ImageStep image) {
            Image picture = new Image(DownloadHandler.forFile(image.file().toFile()), image.alt().in(language));
            picture.addClassName("step-image");
            Div figure = new Div(picture);
            figure.addClassName("step-figure");
            if (image.caption() != null) {
                Paragraph caption = new Paragraph(image.caption().in(language));
                caption.addClassName("step-caption");
                figure.add(caption);
            }
            return figure;
        }
        Exercise exercise = (Exercise) step;
        Instant shownAt = clock.instant();
        long seed = Objects.hash(learnerId, module.id(), exercise.id());
        return new ExercisePanel(exercise, language, seed, answers.get(exercise.id()), (answer, hintUsed) -> {
            var grade = learning.answer(learnerId, module, exercise, answer, language, shownAt, hintUsed);
            answers.put(exercise.id(), new LearningService.GivenAnswer(answer, grade.correct()));
            live.answered(learnerId, exercise.id(), grade.correct());
            return grade;
        });
    }

    /** The end of the module: what she achieved, and the way home. */
    private void finish() {
        ModuleResult result = learning.resultsOf(learnerId, catalogue::module).getOrDefault(module.id(),
                ModuleResult.notStarted(module));
        stepArea.removeAll();
        stepArea.getElement().setAttribute("data-step", "finished");
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
        stepArea.add(summary);
        next.setVisible(false);
        back.setEnabled(true);
        // "Back" from here returns to the last step.
        index = module.steps().size();
    }

    @Override
    public String getPageTitle() {
        return module == null ? getTranslation("player.page-title") : module.title().in(getLocale().getLanguage());
    }
}
