package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.programme.IntakeDraft;
import org.digitalcentre.programme.IntakeGoal;
import org.digitalcentre.programme.IntakeRecord;
import org.digitalcentre.programme.IntakeService;
import org.digitalcentre.programme.IntakeStartingPoint;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Map;

/**
 * Her intake record on her page, for her teachers: what was said at the interview (goals, constraints, digital
 * starting point), written once and rewritten as needed. Private like the team's notes.
 */
public class IntakeSection extends Div {

    private final IntakeService intakes;
    private final SignedIn staff;
    private final long learnerId;
    private final ZoneId zone;

    private final CheckboxGroup<IntakeGoal> goals = new CheckboxGroup<>(getTranslation("intake.goals"));
    private final TextArea goalsText = new TextArea(getTranslation("intake.goals-text"));
    private final Checkbox childcare = new Checkbox(getTranslation("intake.childcare"));
    private final IntegerField hours = new IntegerField(getTranslation("intake.hours"));
    private final TextField languagesSpoken = new TextField(getTranslation("intake.languages-spoken"));
    private final TextField languagesRead = new TextField(getTranslation("intake.languages-read"));
    private final RadioButtonGroup<IntakeStartingPoint> startingPoint =
            new RadioButtonGroup<>(getTranslation("intake.starting-point"));
    private final Paragraph writtenBy = new Paragraph();
    private final Map<String, HasValidation> fields;

    public IntakeSection(IntakeService intakes, SignedIn staff, long learnerId, ZoneId zone) {
        this.intakes = intakes;
        this.staff = staff;
        this.learnerId = learnerId;
        this.zone = zone;
        addClassName("intake");
        fields = Map.of("goalsText", goalsText, "hoursPerWeek", hours, "languagesSpoken", languagesSpoken,
                "languagesRead", languagesRead, "startingPoint", startingPoint);
        if (!intakes.takesIntake(learnerId)) {
            Paragraph anonymised = new Paragraph(getTranslation("intake.anonymised"));
            anonymised.addClassName("intake-anonymised");
            add(anonymised);
            return;
        }
        goals.setItems(IntakeGoal.values());
        goals.setItemLabelGenerator(goal -> getTranslation(goal.key()));
        goals.addClassName("intake-goals");
        goalsText.setMaxLength(IntakeDraft.TEXT_MAX);
        languagesSpoken.setMaxLength(IntakeDraft.LANGUAGES_MAX);
        languagesRead.setMaxLength(IntakeDraft.LANGUAGES_MAX);
        languagesSpoken.setHelperText(getTranslation("intake.languages.help"));
        hours.setMin(0);
        hours.setMax(IntakeDraft.HOURS_MAX);
        hours.setStepButtonsVisible(true);
        startingPoint.setItems(IntakeStartingPoint.values());
        startingPoint.setItemLabelGenerator(point -> getTranslation(point.key()));
        startingPoint.addClassName("intake-starting-point");
        FormLayout form = new FormLayout(goals, goalsText, childcare, hours, languagesSpoken, languagesRead,
                startingPoint);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(goals, 2);
        form.setColspan(goalsText, 2);
        form.setColspan(startingPoint, 2);
        Button save = new Button(getTranslation("intake.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("intake-save");
        writtenBy.addClassName("intake-written-by");
        add(new Paragraph(getTranslation("intake.private")), form, save, writtenBy);
        intakes.intakeOf(staff, learnerId).ifPresent(this::fill);
    }

    private void fill(IntakeRecord intake) {
        goals.setValue(intake.goals().isEmpty() ? EnumSet.noneOf(IntakeGoal.class) : EnumSet.copyOf(intake.goals()));
        goalsText.setValue(intake.goalsText());
        childcare.setValue(intake.childcareNeeded());
        hours.setValue(intake.hoursPerWeek());
        languagesSpoken.setValue(intake.languagesSpoken());
        languagesRead.setValue(intake.languagesRead());
        startingPoint.setValue(intake.startingPoint());
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(zone);
        writtenBy.setText(getTranslation("intake.written-by.line", intake.writtenBy(), day.format(intake.updatedAt())));
    }

    private void save() {
        FieldErrors.clear(fields);
        if (hours.isInvalid() && hours.getValue() == null && !hours.isEmpty()) {
            FieldErrors.mark(hours, "intake.error.hours", IntakeDraft.HOURS_MAX);
            return;
        }
        IntakeDraft draft = new IntakeDraft(goals.getValue(), goalsText.getValue(), childcare.getValue(),
                hours.getValue(), languagesSpoken.getValue(), languagesRead.getValue(), startingPoint.getValue());
        try {
            intakes.save(staff, learnerId, draft);
        } catch (ConstraintViolationException invalid) {
            for (ConstraintViolation<?> broken : invalid.getConstraintViolations()) {
                HasValidation field = fields.get(broken.getPropertyPath().toString());
                if (field != null) {
                    Object max = broken.getConstraintDescriptor().getAttributes().get("max");
                    FieldErrors.mark(field, broken.getMessage(),
                            max == null ? IntakeDraft.HOURS_MAX : max);
                }
            }
            return;
        }
        intakes.intakeOf(staff, learnerId).ifPresent(this::fill);
        Notification.show(getTranslation("intake.saved"));
    }
}
