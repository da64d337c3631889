package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;
import org.digitalcentre.learning.ui.StatusBadge;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.CohortGrid;
import org.digitalcentre.progress.CohortProgressService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
    private final SignedIn teacher;
    private final String language;
    private final Div gridArea = new Div();
    private final Div attemptsArea = new Div();

    CohortProgressView(CohortProgressService progress, CurrentUser currentUser) {
        this.progress = progress;
        this.teacher = currentUser.require();
        this.language = getLocale().getLanguage();
        addClassName("cohort-progress");
        add(new H1(getTranslation("teacher.grid.title")));

        List<CohortCard> cohorts = progress.cohortsFor(teacher);
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("teacher.grid.no-cohort")));
            return;
        }
        Select<CohortCard> cohort = new Select<>();
        cohort.setLabel(getTranslation("teacher.grid.cohort"));
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(CohortCard::name);
        cohort.addValueChangeListener(change -> showGrid(change.getValue()));
        add(cohort, gridArea, attemptsArea);
        cohort.setValue(cohorts.get(0));
    }

    private void showGrid(CohortCard cohort) {
        gridArea.removeAll();
        attemptsArea.removeAll();
        if (cohort == null) {
            return;
        }
        CohortGrid data = progress.grid(teacher, cohort.id());
        Grid<CohortGrid.LearnerRow> grid = new Grid<>();
        grid.addClassName("cohort-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CohortGrid.LearnerRow::shortName).setHeader(getTranslation("teacher.grid.learner"))
                .setFrozen(true).setAutoWidth(true);
        grid.addComponentColumn(row -> row.locked() ? unlockButton(cohort, row) : new Span())
                .setHeader(getTranslation("teacher.grid.code")).setKey("code").setAutoWidth(true);
        for (CohortGrid.ModuleColumn module : data.modules()) {
            grid.addComponentColumn(row -> cell(row.results().get(module.moduleId())))
                    .setHeader(module.title().in(language)).setKey(module.moduleId()).setAutoWidth(true);
        }
        grid.setItems(data.learners());
        grid.asSingleSelect().addValueChangeListener(change -> showAttempts(change.getValue()));
        gridArea.add(grid);
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
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<AttemptLine> grid = new Grid<>();
        grid.addClassName("attempts");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> when.format(line.answeredAt())).setHeader(getTranslation("teacher.attempts.when"))
                .setAutoWidth(true);
        grid.addColumn(AttemptLine::moduleTitle).setHeader(getTranslation("teacher.attempts.module"));
        grid.addColumn(AttemptLine::exercisePrompt).setHeader(getTranslation("teacher.attempts.exercise"))
                .setFlexGrow(2);
        grid.addColumn(AttemptLine::answer).setHeader(getTranslation("teacher.attempts.answer")).setFlexGrow(2);
        grid.addComponentColumn(line -> {
            Div result = new Div((line.correct() ? VaadinIcon.CHECK : VaadinIcon.CLOSE).create(),
                    new Span(getTranslation(line.correct() ? "teacher.attempts.right" : "teacher.attempts.wrong")));
            result.addClassName(line.correct() ? "attempt-right" : "attempt-wrong");
            return result;
        }).setHeader(getTranslation("teacher.attempts.result")).setKey("result").setAutoWidth(true);
        grid.addColumn(line -> line.firstTry() ? getTranslation("teacher.attempts.first-try") : "")
                .setHeader(getTranslation("teacher.attempts.try")).setAutoWidth(true);
        grid.addColumn(line -> line.hintUsed() ? getTranslation("teacher.attempts.hint-used") : "")
                .setHeader(getTranslation("teacher.attempts.hint")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("teacher.attempts.seconds", line.seconds()))
                .setHeader(getTranslation("teacher.attempts.time")).setAutoWidth(true);
        grid.setItems(lines);
        attemptsArea.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teacher.grid.page-title");
    }
}
