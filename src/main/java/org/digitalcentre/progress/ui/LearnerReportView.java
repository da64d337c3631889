package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.progress.LearnerOverview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * One learner's progress report, ready to print for her file: her modules, her competences and her time. Teachers'
 * private notes are not part of it.
 */
@Route(value = "report/learner/:learnerId([0-9]{1,18})", autoLayout = false)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class LearnerReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortProgressService progress;
    private final ContentCatalogue catalogue;
    private final Clock clock;
    private final SignedIn staff;
    private String title = "";

    LearnerReportView(CohortProgressService progress, ContentCatalogue catalogue, Clock clock,
                      CurrentUser currentUser) {
        this.progress = progress;
        this.catalogue = catalogue;
        this.clock = clock;
        this.staff = currentUser.require();
        addClassName("printable-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String language = getLocale().getLanguage();
        LearnerOverview overview;
        try {
            overview = progress.learnerOverview(staff, event.getRouteParameters().getLong("learnerId").orElse(-1L),
                    language, Map.of(true, getTranslation("exercise.true"), false, getTranslation("exercise.false")));
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        title = getTranslation("report.learner.title", overview.shortName());
        removeAll();
        add(PrintButton.withBackTo(new RouterLink(getTranslation("report.back"), LearnerOverviewView.class,
                new RouteParameters("learnerId", String.valueOf(overview.learnerId())))));
        add(new H1(title));
        long totalMinutes = Math.round(overview.secondsPerWeek().values().stream().mapToLong(Long::longValue).sum()
                / 60.0);
        long done = overview.modules().values().stream().filter(r -> r.status().isDone()).count();
        long mastered = overview.modules().values().stream().filter(r -> r.status() == ModuleStatus.MASTERED).count();
        add(new Paragraph(getTranslation("report.learner.facts", done, mastered, totalMinutes,
                date.format(LocalDate.now(clock)))));
        add(PrintableTable.of(getTranslation("overview.modules"), List.of(getTranslation("library.module"),
                        getTranslation("overview.status"), getTranslation("progress.score"),
                        getTranslation("progress.minutes")),
                catalogue.modules().stream().map(m -> {
                    ModuleResult r = overview.modules().get(m.id());
                    return List.of(m.title().in(language), getTranslation(r.status().translationKey()),
                            r.status() == ModuleStatus.NOT_STARTED ? "" : getTranslation("progress.score-value",
                                    r.score()), String.valueOf(Math.round(r.secondsSpent() / 60.0)));
                }).toList()));
        add(PrintableTable.of(getTranslation("overview.competences"), List.of(getTranslation("overview.competence"),
                        getTranslation("overview.modules-done.header"), getTranslation("overview.first-try")),
                overview.competences().stream().map(c -> List.of(c.code(),
                        getTranslation("overview.modules-done", c.modulesDone(), c.modules()),
                        c.exercisesAnswered() == 0 ? "" : getTranslation("progress.score-value", c.firstTryPercent())))
                        .toList()));
        add(PrintableTable.of(getTranslation("overview.time"), List.of(getTranslation("dashboard.week"),
                        getTranslation("overview.time.spent")),
                overview.secondsPerWeek().entrySet().stream().map(e -> List.of(getTranslation("plan.week", e.getKey()),
                        getTranslation("dashboard.minutes", Math.round(e.getValue() / 60.0)))).toList()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
