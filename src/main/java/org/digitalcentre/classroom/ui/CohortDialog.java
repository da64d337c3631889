package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.base.ui.Dates;
import org.digitalcentre.classroom.CentreOption;
import org.digitalcentre.classroom.Cohort;
import org.digitalcentre.classroom.CohortDetails;
import org.digitalcentre.classroom.StaffDirectory.StaffMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form for a cohort: name, centre, start date, length in weeks, teachers. It only collects the values and
 * hands them on; the view saves them, and a broken rule comes back as a message under its field.
 */
class CohortDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<CentreOption> centre = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final IntegerField weeks = new IntegerField();
    private final MultiSelectComboBox<StaffMember> teachers = new MultiSelectComboBox<>();
    private final Map<String, HasValidation> fields =
            Map.of("name", name, "centreId", centre, "startDate", start, "weeks", weeks);
    private final List<CentreOption> centres;
    private SerializableConsumer<CohortDetails> saveListener = details -> { };
    private SerializableFunction<String, CentreOption> centreCreator;

    CohortDialog(CohortDetails existing, List<CentreOption> centres, List<StaffMember> allTeachers,
                 boolean mayCreateCentres) {
        this.centres = new ArrayList<>(centres);
        setHeaderTitle(getTranslation(existing == null ? "cohort.form.new" : "cohort.form.edit"));
        name.setLabel(getTranslation("cohort.form.name"));
        name.setMaxLength(Cohort.NAME_MAX);
        centre.setLabel(getTranslation("cohort.form.centre"));
        centre.setItems(this.centres);
        centre.setItemLabelGenerator(CentreOption::name);
        if (mayCreateCentres) {
            centre.setAllowCustomValue(true);
            centre.setHelperText(getTranslation("cohort.form.centre.new-help"));
            centre.addCustomValueSetListener(typed -> {
                if (centreCreator != null && !typed.getDetail().isBlank()) {
                    CentreOption created;
                    try {
                        created = centreCreator.apply(typed.getDetail());
                    } catch (IllegalArgumentException refused) {
                        // The service's reason is a translation key (a name with hidden characters, for one).
                        FieldErrors.mark(centre, refused.getMessage());
                        return;
                    }
                    centre.setInvalid(false);
                    this.centres.add(created);
                    centre.setItems(this.centres);
                    centre.setValue(created);
                }
            });
        }
        start.setLabel(getTranslation("cohort.form.start"));
        start.setI18n(Dates.pickerTexts(getLocale()));
        start.setLocale(getLocale());
        weeks.setLabel(getTranslation("cohort.form.weeks"));
        weeks.setMin(1);
        weeks.setMax(Cohort.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        teachers.setLabel(getTranslation("cohort.form.teachers"));
        teachers.setItems(allTeachers);
        teachers.setItemLabelGenerator(StaffMember::displayName);

        if (existing != null) {
            name.setValue(existing.name());
            centres.stream().filter(c -> c.id() == existing.centreId()).findFirst().ifPresent(centre::setValue);
            start.setValue(existing.startDate());
            weeks.setValue(existing.weeks());
            teachers.setValue(allTeachers.stream().filter(t -> existing.teacherIds().contains(t.id()))
                    .collect(Collectors.toSet()));
        } else {
            start.setValue(LocalDate.now());
            weeks.setValue(Cohort.DEFAULT_WEEKS);
            if (centres.size() == 1) {
                centre.setValue(centres.get(0));
            }
        }

        FormLayout form = new FormLayout(name, centre, start, weeks, teachers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(teachers, 2);
        add(form);

        Button save = new Button(getTranslation("cohort.form.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("cohort.form.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void onSave(SerializableConsumer<CohortDetails> listener) {
        this.saveListener = listener;
    }

    void onCentreCreated(SerializableFunction<String, CentreOption> creator) {
        this.centreCreator = creator;
    }

    private void save() {
        Set<Long> teacherIds = teachers.getValue().stream().map(StaffMember::id).collect(Collectors.toSet());
        CohortDetails details = new CohortDetails(name.getValue(),
                centre.getValue() == null ? null : centre.getValue().id(), start.getValue(),
                weeks.getValue() == null ? 0 : weeks.getValue(), teacherIds);
        try {
            FieldErrors.clear(fields);
            saveListener.accept(details);
            close();
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, fields, Cohort.MAX_WEEKS);
        }
    }
}
