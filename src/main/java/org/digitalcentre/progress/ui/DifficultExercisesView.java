package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.progress.AnswerLine;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.progress.DifficultExercise;
import org.digitalcentre.progress.Suggestion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The group's difficult exercises, hardest first, with the wrong answers given most often; who answered what; and
 * suggestions: what to review next week, added to the plan in one click.
 */
@Route("difficult/:cohortId?([0-9]{1,18})")
@Menu(title = "menu.difficult", icon = "vaadin:warning", order = 11)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class DifficultExercisesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortProgressService progress;
    private final CohortPlanService plans;
    private final SignedIn staff;
    private final Div content = new Div();
    private CohortCard cohort;
    private String language;
    private Map<Boolean, String> yesNo;

    DifficultExercisesView(CohortProgressService progress, CohortPlanService plans, CurrentUser currentUser) {
        this.progress = progress;
        this.plans = plans;
        this.staff = currentUser.require();
        addClassName("difficult-exercises");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = getLocale().getLanguage();
        yesNo = Map.of(true, getTranslation("exercise.true"), false, getTranslation("exercise.false"));
        removeAll();
        add(new H1(getTranslation("difficult.title")));
        List<CohortCard> cohorts = progress.cohortsFor(staff);
        Optional<Long> wanted = event.getRouteParameters().getLong("cohortId");
        if (wanted.isPresent() && cohorts.stream().noneMatch(c -> c.id() == wanted.get())) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("teacher.grid.no-cohort")));
            return;
        }
        cohort = cohorts.stream().filter(c -> wanted.isPresent() && c.id() == wanted.get()).findFirst()
                .orElse(cohorts.get(0));
        Select<CohortCard> chooser = new Select<>();
        chooser.setLabel(getTranslation("teacher.grid.cohort"));
        chooser.setItems(cohorts);
        chooser.setItemLabelGenerator(CohortCard::name);
        chooser.setValue(cohort);
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DifficultExercisesView.class,
                        new RouteParameters("cohortId", String.valueOf(change.getValue().id()))));
            }
        });
        String onlyModule = event.getLocation().getQueryParameters().getSingleParameter("module").orElse(null);
        add(chooser, content);
        show(onlyModule);
    }

    private void show(String onlyModule) {
        content.removeAll();
        content.add(suggestions());
        List<DifficultExercise> exercises = progress.difficultExercises(staff, cohort.id(), language, yesNo).stream()
                .filter(e -> onlyModule == null || e.moduleId().equals(onlyModule)).toList();
        content.add(new H2(getTranslation("difficult.exercises")));
        if (exercises.isEmpty()) {
            content.add(new Paragraph(getTranslation(onlyModule == null ? "difficult.none" : "difficult.none-in-module")));
            return;
        }
        Grid<DifficultExercise> grid = new Grid<>();
        grid.addClassName("difficult-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(DifficultExercise::moduleTitle).setHeader(getTranslation("library.module")).setFlexGrow(1);
        grid.addColumn(DifficultExercise::prompt).setHeader(getTranslation("teacher.attempts.exercise"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation("difficult.success", e.rightFirstTime(), e.learners(), e.successPercent()))
                .setHeader(getTranslation("difficult.first-try")).setKey("success").setAutoWidth(true);
        grid.addColumn(e -> e.failedSteps().isEmpty()
                        ? e.wrongAnswers().stream()
                        .map(w -> getTranslation(w.changedSince() ? "difficult.wrong-answer.changed-since"
                                : "difficult.wrong-answer", w.answer(), w.count()))
                        .collect(Collectors.joining(" · "))
                        : e.failedSteps().stream()
                        .map(f -> getTranslation("difficult.failed-step", f.label(), f.failed(), f.learners()))
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("difficult.wrong-answers")).setKey("wrong").setFlexGrow(2);
        grid.addComponentColumn(e -> {
            Button who = new Button(getTranslation("difficult.who"), VaadinIcon.USERS.create(),
                    click -> openAnswers(e));
            who.setAriaLabel(getTranslation("difficult.who-named", e.prompt()));
            return who;
        }).setHeader(getTranslation("cohorts.actions")).setKey("actions").setAutoWidth(true);
        grid.setItems(exercises);
        content.add(grid);
    }

    private Div suggestions() {
        Div area = new Div();
        area.addClassName("suggestions");
        area.add(new H2(getTranslation("suggestions.title")));
        List<Suggestion> suggestions = progress.suggestions(staff, cohort.id(), language);
        if (suggestions.isEmpty()) {
            area.add(new Paragraph(getTranslation("suggestions.none")));
            return area;
        }
        CohortPlan plan = plans.plan(staff, cohort.id());
        int nextWeek = Math.min(plan.weeks(), plan.currentWeek() + 1);
        UnorderedList list = new UnorderedList();
        for (Suggestion suggestion : suggestions) {
            String text = suggestion.kind() == Suggestion.Kind.EXERCISE
                    ? getTranslation("suggestions.exercise", suggestion.subject(), suggestion.moduleTitle(),
                    suggestion.struggled(), suggestion.learners())
                    : getTranslation("suggestions.competence", suggestion.subject(), suggestion.moduleTitle(),
                    suggestion.struggled(), suggestion.learners());
            Button add = new Button(getTranslation("suggestions.add", nextWeek), VaadinIcon.CALENDAR.create(),
                    click -> {
                        plans.addToWeek(staff, cohort.id(), nextWeek, suggestion.moduleId());
                        Notification.show(getTranslation("suggestions.added", suggestion.moduleTitle(), nextWeek),
                                4000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    });
            add.setAriaLabel(getTranslation("suggestions.add-named", suggestion.moduleTitle(), nextWeek));
            ListItem item = new ListItem(new Span(text), add);
            item.addClassName("suggestion");
            list.add(item);
        }
        area.add(list);
        return area;
    }

    private void openAnswers(DifficultExercise exercise) {
        Dialog dialog = new Dialog(exercise.prompt());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<AnswerLine> grid = new Grid<>();
        grid.addClassName("who-answered");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(AnswerLine::learnerName).setHeader(getTranslation("teacher.grid.learner")).setAutoWidth(true);
        // Her answer beside the question as she saw it: the module may have been changed since.
        grid.addColumn(AnswerLine::exercisePrompt).setHeader(getTranslation("teacher.attempts.as-answered"))
                .setFlexGrow(2);
        grid.addComponentColumn(a -> ChangedSince.mark(a.changedSince()))
                .setHeader(getTranslation("teacher.attempts.version")).setKey("changed-since").setAutoWidth(true);
        grid.addColumn(AnswerLine::answer).setHeader(getTranslation("teacher.attempts.answer")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.correct() ? "teacher.attempts.right" : "teacher.attempts.wrong"))
                .setHeader(getTranslation("teacher.attempts.result"));
        grid.addColumn(a -> a.firstTry() ? getTranslation("teacher.attempts.first-try") : "")
                .setHeader(getTranslation("teacher.attempts.try"));
        grid.addColumn(a -> when.format(a.answeredAt())).setHeader(getTranslation("teacher.attempts.when"));
        grid.setItems(progress.answersTo(staff, cohort.id(), exercise.moduleId(), exercise.exerciseId(), language,
                yesNo));
        dialog.add(grid);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("difficult.title");
    }
}
