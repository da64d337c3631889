package org.digitalcentre.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.classroom.ui.CohortChooser;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.plan.CohortPlan;
import org.digitalcentre.plan.CohortPlanService;

import java.util.List;
import java.util.Optional;

/**
 * The cohort plan: weeks 1 to 12 (or the cohort's length), each with its modules in order. Teachers add modules
 * to a week, reorder them by drag and drop or with the Up and Down buttons (for the keyboard), move them between
 * weeks by dragging, remove them, hide modules from the group and mark today's workshop.
 */
@Route("plan/:cohortId?([0-9]{1,18})")
@Menu(title = "menu.plan", icon = "vaadin:calendar", order = 12)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class CohortPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The widest a module field grows: the whole of the longest module title, with room to spare. */
    static final String MODULE_FIELD_MAX_WIDTH = "40em";

    private final CohortPlanService plans;
    private final CohortAdministration administration;
    private final ContentCatalogue catalogue;
    private final SignedIn staff;
    private final Div planArea = new Div();
    private CohortSummary cohort;
    private String language;
    /** The row being dragged, from whichever week. */
    private PlanRow dragged;

    CohortPlanView(CohortPlanService plans, CohortAdministration administration, ContentCatalogue catalogue,
                   CurrentUser currentUser) {
        this.plans = plans;
        this.administration = administration;
        this.catalogue = catalogue;
        this.staff = currentUser.require();
        addClassName("cohort-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = getLocale().getLanguage();
        List<CohortSummary> cohorts = administration.cohorts(staff, false);
        Optional<Long> wanted = event.getRouteParameters().getLong("cohortId");
        removeAll();
        add(new H1(getTranslation("plan.title")));
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("teacher.grid.no-cohort")));
            return;
        }
        try {
            cohort = wanted.isPresent() ? administration.cohort(staff, wanted.get()) : cohorts.get(0);
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        Select<CohortSummary> chooser = CohortChooser.of(cohorts, cohort, CohortPlanView.class);
        add(chooser, planArea);
        refresh();
    }

    private void refresh() {
        CohortPlan plan = plans.plan(staff, cohort.id());
        planArea.removeAll();
        planArea.add(workshopSection(plan));
        for (int week = 1; week <= plan.weeks(); week++) {
            planArea.add(weekSection(plan, week));
        }
        planArea.add(hiddenSection(plan));
    }

    private Section workshopSection(CohortPlan plan) {
        Section section = new Section();
        section.addClassName("todays-workshop");
        ComboBox<Module> module = moduleChooser(getTranslation("plan.workshop.module"), plan);
        plan.todaysWorkshop().flatMap(catalogue::module).ifPresent(module::setValue);
        Button mark = new Button(getTranslation("plan.workshop.mark"), VaadinIcon.CALENDAR_USER.create(), click -> {
            if (module.getValue() != null) {
                plans.setTodaysWorkshop(staff, cohort.id(), module.getValue().id());
                refresh();
            }
        });
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("plan.workshop.clear"), click -> {
            plans.setTodaysWorkshop(staff, cohort.id(), null);
            refresh();
        });
        Span current = new Span(plan.todaysWorkshop().flatMap(catalogue::module)
                .map(m -> getTranslation("plan.workshop.current", m.title().in(language)))
                .orElse(getTranslation("plan.workshop.none")));
        current.addClassName("workshop-current");
        Div controls = new Div(module, mark, clear);
        controls.addClassName("toolbar");
        section.add(new H2(getTranslation("plan.workshop.title")), current, controls);
        return section;
    }

    private Section weekSection(CohortPlan plan, int week) {
        Section section = new Section();
        section.addClassName("plan-week");
        section.getElement().setAttribute("data-week", String.valueOf(week));
        String title = getTranslation("plan.week", week)
                + (week == plan.currentWeek() ? " — " + getTranslation("plan.this-week") : "");
        List<String> ids = plan.week(week);
        List<PlanRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(new PlanRow(week, i, ids.get(i)));
        }
        Grid<PlanRow> grid = new Grid<>();
        grid.addClassName("plan-week-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.index() + 1).setHeader(getTranslation("plan.position")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> title(row.moduleId())).setHeader(getTranslation("library.module")).setFlexGrow(3);
        grid.addColumn(row -> plan.hidden().contains(row.moduleId()) ? getTranslation("plan.hidden") : "")
                .setHeader(getTranslation("cohorts.status"));
        grid.addComponentColumn(row -> rowActions(row, rows.size())).setHeader(getTranslation("cohorts.actions"))
                .setKey("actions").setAutoWidth(true);
        grid.setItems(rows);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().isEmpty() ? null
                : start.getDraggedItems().get(0));
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> {
            if (dragged == null) {
                return;
            }
            int target = drop.getDropTargetItem().map(over -> drop.getDropLocation() == GridDropLocation.BELOW
                    ? over.index() + 1 : over.index()).orElse(rows.size());
            if (dragged.week() == week && target > dragged.index()) {
                target--; // the moved row leaves its place first
            }
            plans.move(staff, cohort.id(), dragged.week(), dragged.index(), week, target);
            dragged = null;
            refresh();
        });

        ComboBox<Module> add = moduleChooser(getTranslation("plan.add-to-week", week), plan);
        Button addButton = new Button(getTranslation("plan.add"), VaadinIcon.PLUS.create(), click -> {
            if (add.getValue() != null) {
                plans.addToWeek(staff, cohort.id(), week, add.getValue().id());
                refresh();
            }
        });
        addButton.setAriaLabel(getTranslation("plan.add-to-week", week));
        Div adder = new Div(add, addButton);
        adder.addClassName("toolbar");
        section.add(new H2(title));
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plan.week.empty"));
            section.add(empty);
        }
        section.add(grid, adder);
        return section;
    }

    private Div rowActions(PlanRow row, int count) {
        String name = title(row.moduleId());
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            plans.move(staff, cohort.id(), row.week(), row.index(), row.week(), row.index() - 1);
            refresh();
        });
        up.setAriaLabel(getTranslation("exercise.order.up", name));
        up.setEnabled(row.index() > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
            plans.move(staff, cohort.id(), row.week(), row.index(), row.week(), row.index() + 1);
            refresh();
        });
        down.setAriaLabel(getTranslation("exercise.order.down", name));
        down.setEnabled(row.index() < count - 1);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            plans.remove(staff, cohort.id(), row.week(), row.index());
            refresh();
        });
        remove.setAriaLabel(getTranslation("plan.remove", name, row.week()));
        Div actions = new Div(up, down, remove);
        actions.addClassName("row-actions");
        return actions;
    }

    private Section hiddenSection(CohortPlan plan) {
        Section section = new Section();
        section.addClassName("plan-hidden");
        Grid<Module> grid = new Grid<>();
        grid.addClassName("plan-modules");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> m.title().in(language)).setHeader(getTranslation("library.module")).setFlexGrow(3);
        grid.addComponentColumn(m -> {
            Checkbox hidden = new Checkbox(getTranslation("plan.hide"), plan.hidden().contains(m.id()));
            hidden.setAriaLabel(getTranslation("plan.hide-named", m.title().in(language)));
            hidden.addValueChangeListener(change -> {
                plans.setHidden(staff, cohort.id(), m.id(), change.getValue());
                refresh();
            });
            return hidden;
        }).setHeader(getTranslation("plan.hidden-column")).setKey("hidden").setAutoWidth(true);
        grid.setItems(catalogue.modules());
        section.add(new H2(getTranslation("plan.modules.title")), new Paragraph(getTranslation("plan.modules.help")),
                grid);
        return section;
    }

    private ComboBox<Module> moduleChooser(String label, CohortPlan plan) {
        ComboBox<Module> chooser = new ComboBox<>(label);
        // The field's input never wraps: at the default width (about 12em) it cut module names. As wide as the
        // form allows, up to a width where the longest title fits (57 characters, about 30em in Lumo's font).
        chooser.addClassName("module-chooser");
        chooser.setWidthFull();
        chooser.setMaxWidth(MODULE_FIELD_MAX_WIDTH);
        chooser.setItems(catalogue.modules().stream().filter(m -> !plan.hidden().contains(m.id())).toList());
        chooser.setItemLabelGenerator(m -> m.title().in(language));
        chooser.setClearButtonVisible(true);
        return chooser;
    }

    private String title(String moduleId) {
        return catalogue.module(moduleId).map(m -> m.title().in(language)).orElse(moduleId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }

    /** A module at a position in a week of the plan. */
    record PlanRow(int week, int index, String moduleId) {
    }
}
