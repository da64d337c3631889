package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Topic;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.learning.ui.StatusBadge;
import org.digitalcentre.programme.OutcomeService;
import org.digitalcentre.programme.ui.FollowUpReminders;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.CohortGrid;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.progress.ResultsExport;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The teacher's grid: her cohort's learners × modules, each cell with the status (icon and word) and the score.
 * Choosing a learner lists every answer she gave, right or wrong.
 */
@Route("cohort-progress")
@Menu(title = "menu.cohort-progress", icon = "vaadin:table", order = 10)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class CohortProgressView extends Div implements HasDynamicTitle {

    private final CohortProgressService progress;
    private final CohortPlanService plans;
    private final ResultsExport export;
    private final Div exports = new Div();
    private final ContentCatalogue catalogue;
    private final SignedIn teacher;
    private final String language;
    private final Div gridArea = new Div();
    private final Div attemptsArea = new Div();
    private final Select<Topic> topicFilter = new Select<>();
    private final Select<Integer> weekFilter = new Select<>();
    private CohortCard current;
    private CohortPlan plan;

    CohortProgressView(CohortProgressService progress, CohortPlanService plans, ContentCatalogue catalogue,
                       ResultsExport export, CurrentUser currentUser, OutcomeService outcomes) {
        this.export = export;
        this.progress = progress;
        this.plans = plans;
        this.catalogue = catalogue;
        this.teacher = currentUser.require();
        this.language = getLocale().getLanguage();
        addClassName("cohort-progress");
        add(new H1(getTranslation("teacher.grid.title")));
        add(new FollowUpReminders(outcomes, teacher));

        List<CohortCard> cohorts = progress.cohortsFor(teacher);
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("teacher.grid.no-cohort")));
            return;
        }
        Select<CohortCard> cohort = new Select<>();
        cohort.setLabel(getTranslation("teacher.grid.cohort"));
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(CohortCard::name);
        cohort.addValueChangeListener(change -> {
            current = change.getValue();
            plan = current == null ? null : plans.plan(teacher, current.id());
            weekFilter.setItems(weeks());
            weekFilter.setValue(0);
            showGrid(current);
        });
        topicFilter.setLabel(getTranslation("dashboard.topic"));
        topicFilter.setEmptySelectionAllowed(true);
        topicFilter.setEmptySelectionCaption(getTranslation("dashboard.all-topics"));
        topicFilter.setItems(catalogue.topics());
        topicFilter.setItemLabelGenerator(topic -> topic == null ? getTranslation("dashboard.all-topics")
                : topic.title().in(language));
        topicFilter.addValueChangeListener(change -> showGrid(current));
        weekFilter.setLabel(getTranslation("dashboard.week"));
        weekFilter.setItemLabelGenerator(week -> week == null || week == 0 ? getTranslation("dashboard.all-weeks")
                : getTranslation("plan.week", week));
        weekFilter.addValueChangeListener(change -> showGrid(current));
        Div filters = new Div(cohort, topicFilter, weekFilter);
        filters.addClassName("toolbar");
        exports.addClassName("toolbar");
        add(filters, exports, gridArea, attemptsArea);
        cohort.setValue(cohorts.get(0));
    }

    private List<Integer> weeks() {
        List<Integer> weeks = new java.util.ArrayList<>();
        weeks.add(0);
        for (int week = 1; plan != null && week <= plan.weeks(); week++) {
            weeks.add(week);
        }
        return weeks;
    }

    /** The modules the filters keep: a topic's, a week's (in the plan's order), or all. */
    private List<Module> shownModules() {
        List<Module> modules = catalogue.modules();
        Integer week = weekFilter.getValue();
        if (plan != null && week != null && week > 0) {
            modules = plan.week(week).stream().flatMap(id -> catalogue.module(id).stream()).toList();
        }
        Topic topic = topicFilter.getValue();
        if (topic != null) {
            modules = modules.stream().filter(m -> m.topicId().equals(topic.id())).toList();
        }
        return modules;
    }

    private void showGrid(CohortCard cohort) {
        gridArea.removeAll();
        attemptsArea.removeAll();
        exports.removeAll();
        if (cohort == null) {
            return;
        }
        showExports(cohort);
        CohortGrid data = progress.grid(teacher, cohort.id(), shownModules());
        Grid<CohortGrid.LearnerRow> grid = new Grid<>();
        grid.addClassName("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortGrid.LearnerRow::shortName).setHeader(getTranslation("teacher.grid.learner"))
                .setFrozen(true).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            RouterLink open = new RouterLink(getTranslation("dashboard.open-learner"), LearnerOverviewView.class,
                    new RouteParameters("learnerId", String.valueOf(row.learnerId())));
            open.getElement().setAttribute("aria-label", getTranslation("dashboard.open-learner-named",
                    row.shortName()));
            return open;
        }).setHeader(getTranslation("dashboard.details")).setKey("open").setAutoWidth(true);
        grid.addComponentColumn(row -> row.locked() ? unlockButton(cohort, row) : new Span())
                .setHeader(getTranslation("teacher.grid.code")).setKey("code").setAutoWidth(true);
        for (CohortGrid.ModuleColumn module : data.modules()) {
            RouterLink header = new RouterLink(module.title().in(language), DifficultExercisesView.class,
                    new RouteParameters("cohortId", String.valueOf(cohort.id())));
            header.setQueryParameters(QueryParameters.of("module", module.moduleId()));
            grid.addComponentColumn(row -> cell(row.results().get(module.moduleId())))
                    .setHeader(header).setKey(module.moduleId()).setAutoWidth(true);
        }
        if (data.modules().isEmpty()) {
            gridArea.add(new Paragraph(getTranslation("dashboard.no-module")));
        }
        grid.setItems(data.learners());
        grid.asSingleSelect().addValueChangeListener(change -> showAttempts(change.getValue()));
        gridArea.add(grid);
    }

    /** The results as a CSV file, and the printable report for the centre's files and funders. */
    private void showExports(CohortCard cohort) {
        String fileName = getTranslation("export.file-name", cohort.name().replaceAll("[^\\p{L}\\p{N}]+", "-"));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.cohortCsv(teacher, cohort.id(), language, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("export.csv"));
        csv.getElement().setAttribute("download", true);
        csv.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        csv.addClassNames("big-link", "export-csv");
        RouterLink report = new RouterLink(getTranslation("report.open"), CohortReportView.class,
                new RouteParameters("cohortId", String.valueOf(cohort.id())));
        report.addClassNames("big-link", "open-report");
        exports.add(csv, report);
    }

    private Button unlockButton(CohortCard cohort, CohortGrid.LearnerRow row) {
        Button unlock = new Button(getTranslation("teacher.grid.unlock"), VaadinIcon.UNLOCK.create(), click -> {
            progress.unlock(teacher, row.learnerId());
            Notification.show(getTranslation("teacher.grid.unlocked", row.shortName()), 4000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showGrid(cohort);
        });
        unlock.setAriaLabel(getTranslation("teacher.grid.unlock-learner", row.shortName()));
        return unlock;
    }

    private Div cell(ModuleResult result) {
        Div cell = StatusBadge.of(result.status());
        cell.addClassName("grid-status");
        if (result.status() != ModuleStatus.NOT_STARTED) {
            cell.add(new Span(getTranslation("teacher.grid.score", result.score())));
            cell.add(new Span(getTranslation("dashboard.minutes", Math.round(result.secondsSpent() / 60.0))));
        }
        return cell;
    }

    private void showAttempts(CohortGrid.LearnerRow learner) {
        attemptsArea.removeAll();
        if (learner == null) {
            return;
        }
        attemptsArea.add(new H2(getTranslation("teacher.attempts.title", learner.shortName())));
        List<AttemptLine> lines = progress.attemptsOf(teacher, learner.learnerId(), language,
                Map.of(true, getTranslation("exercise.true"), false, getTranslation("exercise.false")));
        if (lines.isEmpty()) {
            attemptsArea.add(new Paragraph(getTranslation("teacher.attempts.none")));
            return;
        }
        attemptsArea.add(new AttemptsGrid(lines));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.grid.page-title");
    }
}
