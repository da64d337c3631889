package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.learning.ui.StatusBadge;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.programme.IntakeService;
import org.digitalcentre.programme.OutcomeService;
import org.digitalcentre.programme.ui.IntakeSection;
import org.digitalcentre.programme.ui.OutcomeSection;
import org.digitalcentre.progress.CohortProgressService;
import org.digitalcentre.progress.LearnerOverview;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One learner, for her teachers: her modules, every answer she gave (near the top), her progress by DigComp
 * competence, her time per week, the modules given to her alone, and her teachers' private notes.
 */
@Route("learner/:learnerId([0-9]{1,18})")
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class LearnerOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortProgressService progress;
    private final CohortPlanService plans;
    private final TeacherNotes notes;
    private final IntakeService intakes;
    private final ClassroomService classroom;
    private final ContentCatalogue catalogue;
    private final Clock clock;
    private final SignedIn staff;
    private final OutcomeService outcomes;
    private long learnerId;
    private String language;
    private String name = "";

    LearnerOverviewView(CohortProgressService progress, CohortPlanService plans, TeacherNotes notes,
                        ContentCatalogue catalogue, Clock clock, CurrentUser currentUser, ClassroomService classroom,
                        OutcomeService outcomes, IntakeService intakes) {
        this.outcomes = outcomes;
        this.progress = progress;
        this.plans = plans;
        this.notes = notes;
        this.intakes = intakes;
        this.classroom = classroom;
        this.catalogue = catalogue;
        this.clock = clock;
        this.staff = currentUser.require();
        addClassName("learner-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = getLocale().getLanguage();
        Optional<Long> id = event.getRouteParameters().getLong("learnerId");
        LearnerOverview overview;
        try {
            overview = progress.learnerOverview(staff, id.orElse(-1L), language,
                    Map.of(true, getTranslation("exercise.true"), false, getTranslation("exercise.false")));
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        learnerId = overview.learnerId();
        name = overview.shortName();
        removeAll();
        add(new H1(getTranslation("overview.title", name)));
        RouterLink report = new RouterLink(getTranslation("report.open-learner"), LearnerReportView.class,
                new RouteParameters("learnerId", String.valueOf(learnerId)));
        report.addClassName("big-link");
        add(report, readAloudSetting());
        // Her answers right after her summary (the modules table): what a teacher comes for, not below the rest.
        add(modules(overview), attempts(overview), competences(overview), timePerWeek(overview), forYou(),
                section("intake.title", new IntakeSection(intakes, staff, learnerId, clock.getZone())),
                new OutcomeSection(outcomes, staff, learnerId, clock), notesSection());
    }

    /** "Read aloud automatically" for her: each step and each feedback read to her as it opens. Kept at once. */
    private Checkbox readAloudSetting() {
        Checkbox automatic = new Checkbox(getTranslation("read-aloud.automatic"),
                classroom.readsAloudAutomatically(learnerId));
        automatic.addClassName("read-aloud-automatic");
        automatic.setHelperText(getTranslation("read-aloud.automatic.help"));
        automatic.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                classroom.setReadAloudAutomatically(staff, learnerId, change.getValue());
                Notification.show(getTranslation(change.getValue() ? "read-aloud.automatic.on"
                        : "read-aloud.automatic.off", name));
            }
        });
        return automatic;
    }

    private Section modules(LearnerOverview overview) {
        Grid<Module> grid = new Grid<>();
        grid.addClassName("overview-modules");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> m.title().in(language)).setHeader(getTranslation("library.module")).setFlexGrow(3);
        grid.addComponentColumn(m -> StatusBadge.of(result(overview, m).status()))
                .setHeader(getTranslation("overview.status")).setKey("status").setFlexGrow(2);
        grid.addColumn(m -> result(overview, m).status() == ModuleStatus.NOT_STARTED ? ""
                : getTranslation("progress.score-value", result(overview, m).score()))
                .setHeader(getTranslation("progress.score"));
        grid.addColumn(m -> Math.round(result(overview, m).secondsSpent() / 60.0))
                .setHeader(getTranslation("progress.minutes"));
        grid.setItems(catalogue.modules());
        return section("overview.modules", grid);
    }

    private static ModuleResult result(LearnerOverview overview, Module module) {
        return overview.modules().getOrDefault(module.id(), ModuleResult.notStarted(module));
    }

    private Section competences(LearnerOverview overview) {
        Grid<LearnerOverview.CompetenceProgress> grid = new Grid<>();
        grid.addClassName("overview-competences");
        grid.setAllRowsVisible(true);
        grid.addColumn(LearnerOverview.CompetenceProgress::code).setHeader(getTranslation("overview.competence"));
        grid.addColumn(c -> getTranslation("overview.modules-done", c.modulesDone(), c.modules()))
                .setHeader(getTranslation("overview.modules-done.header"));
        grid.addColumn(c -> c.exercisesAnswered() == 0 ? "" : getTranslation("progress.score-value",
                c.firstTryPercent())).setHeader(getTranslation("overview.first-try"));
        grid.setItems(overview.competences());
        return section("overview.competences", grid);
    }

    private Section timePerWeek(LearnerOverview overview) {
        if (overview.secondsPerWeek().isEmpty()) {
            return section("overview.time", new Paragraph(getTranslation("overview.time.none")));
        }
        Grid<Map.Entry<Integer, Long>> grid = new Grid<>();
        grid.addClassName("overview-time");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> getTranslation("plan.week", e.getKey())).setHeader(getTranslation("dashboard.week"));
        grid.addColumn(e -> getTranslation("dashboard.minutes", Math.round(e.getValue() / 60.0)))
                .setHeader(getTranslation("overview.time.spent"));
        grid.setItems(List.copyOf(overview.secondsPerWeek().entrySet()));
        return section("overview.time", grid);
    }

    private Section forYou() {
        Div content = new Div();
        Section section = section("overview.for-you", content);
        showForYou(content);
        return section;
    }

    private void showForYou(Div content) {
        content.removeAll();
        content.add(new Paragraph(getTranslation("overview.for-you.help")));
        UnorderedList list = new UnorderedList();
        list.addClassName("for-you-list");
        for (String moduleId : plans.assignedTo(staff, learnerId)) {
            String title = catalogue.module(moduleId).map(m -> m.title().in(language)).orElse(moduleId);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                plans.unassign(staff, learnerId, moduleId);
                showForYou(content);
            });
            remove.setAriaLabel(getTranslation("overview.for-you.remove", title));
            list.add(new ListItem(new Span(title), remove));
        }
        ComboBox<Module> module = new ComboBox<>(getTranslation("overview.for-you.module"));
        module.setItems(catalogue.modules());
        module.setItemLabelGenerator(m -> m.title().in(language));
        Button give = new Button(getTranslation("overview.for-you.give"), VaadinIcon.PLUS.create(), click -> {
            if (module.getValue() != null) {
                plans.assign(staff, learnerId, module.getValue().id());
                showForYou(content);
            }
        });
        Div adder = new Div(module, give);
        adder.addClassName("toolbar");
        content.add(list, adder);
    }

    private Section notesSection() {
        return section("overview.notes", new TeacherNotesPanel(notes, staff, learnerId, clock));
    }

    private Section attempts(LearnerOverview overview) {
        if (overview.attempts().isEmpty()) {
            return section("overview.attempts", new Paragraph(getTranslation("teacher.attempts.none")));
        }
        return section("overview.attempts", new AttemptsGrid(overview.attempts()));
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title", name);
    }
}
