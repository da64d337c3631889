package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.progress.CohortGrid;
import org.digitalcentre.progress.CohortProgressService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cohort's progress report, ready to print (or to save as PDF from the browser's print dialog) for the
 * centre's files and its funders: each learner's modules done and mastered, score and time; each module's take-up.
 */
@Route(value = "report/cohort/:cohortId([0-9]{1,18})", autoLayout = false)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class CohortReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortProgressService progress;
    private final CohortAdministration administration;
    private final Clock clock;
    private final SignedIn staff;
    private String title = "";

    CohortReportView(CohortProgressService progress, CohortAdministration administration, Clock clock,
                     CurrentUser currentUser) {
        this.progress = progress;
        this.administration = administration;
        this.clock = clock;
        this.staff = currentUser.require();
        addClassName("printable-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CohortSummary cohort;
        CohortGrid grid;
        try {
            cohort = administration.cohort(staff, event.getRouteParameters().getLong("cohortId").orElse(-1L));
            grid = progress.grid(staff, cohort.id());
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        String language = getLocale().getLanguage();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        title = getTranslation("report.cohort.title", cohort.name());
        removeAll();
        add(PrintButton.withBackTo(new RouterLink(getTranslation("report.back"), CohortProgressView.class)));
        add(new H1(title));
        add(new Paragraph(getTranslation("report.cohort.facts", cohort.centreName(), date.format(cohort.startDate()),
                cohort.weeks(), grid.learners().size(), date.format(LocalDate.now(clock)))));

        List<List<String>> learnerRows = new ArrayList<>();
        for (CohortGrid.LearnerRow learner : grid.learners()) {
            Collection<ModuleResult> results = learner.results().values();
            int answered = results.stream().mapToInt(ModuleResult::exercisesAnswered).sum();
            int right = results.stream().mapToInt(ModuleResult::firstTryRight).sum();
            learnerRows.add(List.of(learner.shortName(),
                    String.valueOf(results.stream().filter(r -> r.status().isDone()).count()),
                    String.valueOf(results.stream().filter(r -> r.status() == ModuleStatus.MASTERED).count()),
                    answered == 0 ? "" : getTranslation("progress.score-value", Math.round(100f * right / answered)),
                    String.valueOf(Math.round(results.stream().mapToLong(ModuleResult::secondsSpent).sum() / 60.0))));
        }
        add(PrintableTable.of(getTranslation("report.learners"), List.of(getTranslation("teacher.grid.learner"),
                getTranslation("report.done"), getTranslation("report.mastered"), getTranslation("overview.first-try"),
                getTranslation("progress.minutes")), learnerRows));

        List<List<String>> moduleRows = new ArrayList<>();
        for (CohortGrid.ModuleColumn module : grid.modules()) {
            List<ModuleResult> results = grid.learners().stream().map(l -> l.results().get(module.moduleId())).toList();
            int answered = results.stream().mapToInt(ModuleResult::exercisesAnswered).sum();
            int right = results.stream().mapToInt(ModuleResult::firstTryRight).sum();
            moduleRows.add(List.of(module.title().in(language),
                    String.valueOf(results.stream().filter(r -> r.status() != ModuleStatus.NOT_STARTED).count()),
                    String.valueOf(results.stream().filter(r -> r.status().isDone()).count()),
                    answered == 0 ? "" : getTranslation("progress.score-value", Math.round(100f * right / answered))));
        }
        add(PrintableTable.of(getTranslation("report.modules"), List.of(getTranslation("library.module"),
                getTranslation("report.started"), getTranslation("report.done"), getTranslation("overview.first-try")),
                moduleRows));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
