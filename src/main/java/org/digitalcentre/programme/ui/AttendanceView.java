package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.programme.AttendanceService;
import org.digitalcentre.programme.AttendanceStatus;
import org.digitalcentre.programme.AttendanceTotal;
import org.digitalcentre.programme.RegisterHoursOutOfRange;
import org.digitalcentre.programme.RegisterLine;
import org.digitalcentre.programme.Workshop;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attendance register: the teacher picks her group and a workshop of its plan, ticks present, absent or excused
 * for each woman (big toggles, for a tablet), with the hours; below, each one's hours against the programme's
 * planned hours, and her signed-in time on the computers as a hint that never counts.
 */
@Route("attendance")
@Menu(title = "attendance.menu", icon = "vaadin:check-square-o", order = 13)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class AttendanceView extends Div implements HasDynamicTitle {

    private final AttendanceService attendance;
    private final ContentCatalogue catalogue;
    private final SignedIn teacher;
    private final String language;
    private final Select<Workshop> workshop = new Select<>();
    private final Div register = new Div();
    private final Grid<AttendanceTotal> totals = new Grid<>();
    private final Map<Long, RadioButtonGroup<AttendanceStatus>> statuses = new LinkedHashMap<>();
    private final Map<Long, NumberField> hours = new LinkedHashMap<>();
    private final List<RegisterLine> lines = new ArrayList<>();
    private CohortSummary cohort;

    AttendanceView(AttendanceService attendance, CohortAdministration administration, ContentCatalogue catalogue,
                   CurrentUser currentUser) {
        this.attendance = attendance;
        this.catalogue = catalogue;
        this.teacher = currentUser.require();
        this.language = getLocale().getLanguage();
        addClassName("attendance");
        add(new H1(getTranslation("attendance.title")));
        List<CohortSummary> cohorts = administration.cohorts(teacher, false);
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("attendance.no-cohort")));
            return;
        }
        Select<CohortSummary> cohortChoice = new Select<>();
        cohortChoice.setLabel(getTranslation("attendance.cohort"));
        cohortChoice.setItems(cohorts);
        cohortChoice.setItemLabelGenerator(CohortSummary::name);
        cohortChoice.addValueChangeListener(change -> {
            cohort = change.getValue();
            workshop.setItems(attendance.workshops(teacher, cohort.id()));
            showRegister();
            showTotals();
        });
        workshop.setLabel(getTranslation("attendance.workshop"));
        workshop.setItemLabelGenerator(w -> w == null ? "" : getTranslation("attendance.workshop.label", w.week(),
                catalogue.module(w.moduleId()).map(m -> m.title().in(language)).orElse(w.moduleId())));
        workshop.addValueChangeListener(change -> showRegister());
        Div choices = new Div(cohortChoice, workshop);
        choices.addClassName("toolbar");
        register.addClassName("attendance-register");
        totals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        totals.setAllRowsVisible(true);
        totals.addClassName("attendance-totals");
        totals.addColumn(AttendanceTotal::shortName).setHeader(getTranslation("attendance.learner"));
        totals.addColumn(t -> getTranslation("attendance.total.hours", number(t.hoursAttended()), t.plannedHours()))
                .setHeader(getTranslation("attendance.total"));
        totals.addColumn(t -> getTranslation("attendance.total.workshops", t.workshopsPresent(),
                t.workshopsAbsent(), t.workshopsExcused())).setHeader(getTranslation("attendance.total.detail"));
        totals.addColumn(t -> number(t.signedInHours())).setHeader(getTranslation("attendance.signed-in"));
        Paragraph hint = new Paragraph(getTranslation("attendance.signed-in.hint"));
        hint.addClassName("attendance-hint");
        add(choices, register, new H2(getTranslation("attendance.totals")), hint, totals);
        if (cohorts.size() == 1) {
            cohortChoice.setValue(cohorts.get(0));
        }
    }

    private void showRegister() {
        register.removeAll();
        statuses.clear();
        hours.clear();
        lines.clear();
        Workshop chosen = workshop.getValue();
        if (cohort == null || chosen == null) {
            return;
        }
        lines.addAll(attendance.register(teacher, cohort.id(), chosen));
        for (RegisterLine line : lines) {
            RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(line.shortName());
            status.setItems(AttendanceStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.key()));
            status.addClassName("attendance-toggle");
            status.setValue(line.status());
            NumberField time = new NumberField(getTranslation("attendance.hours.label", line.shortName()));
            time.setMin(0);
            time.setMax(AttendanceService.MAX_HOURS);
            time.setStep(0.5);
            time.setStepButtonsVisible(true);
            time.setValue(line.hours());
            time.addClassName("attendance-hours");
            statuses.put(line.learnerId(), status);
            hours.put(line.learnerId(), time);
            Div row = new Div(status, time);
            row.addClassName("attendance-line");
            register.add(row);
        }
        if (lines.isEmpty()) {
            register.add(new Paragraph(getTranslation("attendance.no-learner")));
            return;
        }
        Button save = new Button(getTranslation("attendance.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("attendance-save");
        register.add(save);
    }

    private void save() {
        hours.values().forEach(time -> time.setInvalid(false));
        List<RegisterLine> ticked = new ArrayList<>();
        for (RegisterLine line : lines) {
            NumberField time = hours.get(line.learnerId());
            AttendanceStatus status = statuses.get(line.learnerId()).getValue();
            if (status == AttendanceStatus.PRESENT && time.getValue() == null) {
                refuse(time);
                return;
            }
            ticked.add(new RegisterLine(line.learnerId(), line.shortName(), status,
                    time.getValue() == null ? 0 : time.getValue()));
        }
        try {
            attendance.save(teacher, cohort.id(), workshop.getValue(), ticked);
        } catch (RegisterHoursOutOfRange outOfRange) {
            refuse(hours.get(outOfRange.learnerId()));
            return;
        }
        Notification.show(getTranslation("attendance.saved"));
        showTotals();
    }

    private void refuse(NumberField time) {
        FieldErrors.mark(time, "attendance.hours.invalid", number(AttendanceService.MAX_HOURS));
        Notification.show(getTranslation("attendance.hours.invalid", number(AttendanceService.MAX_HOURS)));
    }

    private void showTotals() {
        totals.setItems(cohort == null ? List.of() : attendance.totals(teacher, cohort.id()));
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title");
    }
}
