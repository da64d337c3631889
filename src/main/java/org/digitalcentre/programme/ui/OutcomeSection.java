package org.digitalcentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.Dates;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.programme.FollowUpRecord;
import org.digitalcentre.programme.OutcomeCategory;
import org.digitalcentre.programme.OutcomeRecord;
import org.digitalcentre.programme.OutcomeService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * On a learner's page, for her teachers: what she went on to at the end of the programme (category, date, a short
 * note) and the follow-ups 3 and 6 months after her cohort's end. One form, one Save button; a date after today is
 * refused with a message on the field.
 */
public class OutcomeSection extends Section {

    private final OutcomeService outcomes;
    private final SignedIn staff;
    private final long learnerId;
    private final Clock clock;
    private final ComboBox<OutcomeCategory> category = categories(getTranslation("outcome.category"));
    private final DatePicker decidedOn = new DatePicker();
    private final TextField note = new TextField();
    private final FollowUpFields afterThree;
    private final FollowUpFields afterSix;

    public OutcomeSection(OutcomeService outcomes, SignedIn staff, long learnerId, Clock clock) {
        this.outcomes = outcomes;
        this.staff = staff;
        this.learnerId = learnerId;
        this.clock = clock;
        afterThree = new FollowUpFields(3);
        afterSix = new FollowUpFields(6);
        addClassName("outcome-section");
        add(new H2(getTranslation("outcome.title")));
        date(decidedOn, getTranslation("outcome.date"));
        note.setLabel(getTranslation("outcome.note"));
        note.setMaxLength(OutcomeRecord.NOTE_LENGTH);
        note.setHelperText(getTranslation("outcome.note.help", OutcomeRecord.NOTE_LENGTH));
        note.addClassName("outcome-note");
        Div outcome = new Div(category, decidedOn, note);
        outcome.addClassName("toolbar");
        Button save = new Button(getTranslation("outcome.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("outcome-save");
        add(outcome, afterThree, afterSix, save);
        show(outcomes.outcomeOf(staff, learnerId));
    }

    private void show(OutcomeRecord outcome) {
        category.setValue(outcome.category());
        decidedOn.setValue(outcome.decidedOn());
        note.setValue(outcome.note() == null ? "" : outcome.note());
        afterThree.show(outcome.afterThreeMonths());
        afterSix.show(outcome.afterSixMonths());
    }

    private void save() {
        Map<String, DatePicker> dates = Map.of("decidedOn", decidedOn, "three", afterThree.on, "six", afterSix.on);
        FieldErrors.clear(dates);
        FieldErrors.clear(Map.of("note", note));
        LocalDate today = LocalDate.now(clock);
        boolean future = false;
        for (DatePicker date : List.of(decidedOn, afterThree.on, afterSix.on)) {
            if (date.getValue() != null && date.getValue().isAfter(today)) {
                FieldErrors.mark(date, "outcome.date.future");
                future = true;
            }
        }
        if (future) {
            return;
        }
        try {
            outcomes.record(staff, learnerId, new OutcomeRecord(category.getValue(), decidedOn.getValue(),
                    note.getValue(), afterThree.value(), afterSix.value()));
            Notification.show(getTranslation("outcome.saved"));
        } catch (OutcomeService.DateInFuture refused) {
            Notification.show(getTranslation("outcome.date.future"));
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, Map.of("note", note));
        }
    }

    private ComboBox<OutcomeCategory> categories(String label) {
        ComboBox<OutcomeCategory> box = new ComboBox<>(label);
        box.setItems(OutcomeCategory.values());
        box.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        box.setClearButtonVisible(true);
        return box;
    }

    private void date(DatePicker picker, String label) {
        picker.setLabel(label);
        picker.setI18n(Dates.pickerTexts(getLocale()));
        picker.setMax(LocalDate.now(clock));
    }

    /** One follow-up: done or not, when, and her situation then. */
    private final class FollowUpFields extends Div {

        private final Checkbox done;
        private final DatePicker on = new DatePicker();
        private final ComboBox<OutcomeCategory> then;

        FollowUpFields(int months) {
            addClassName("follow-up-" + months);
            done = new Checkbox(getTranslation("follow-up.done", months));
            date(on, getTranslation("follow-up.date", months));
            then = categories(getTranslation("follow-up.category", months));
            Div fields = new Div(done, on, then);
            fields.addClassName("toolbar");
            add(new H3(getTranslation("follow-up.title", months)), fields);
        }

        void show(FollowUpRecord followUp) {
            done.setValue(followUp.done());
            on.setValue(followUp.on());
            then.setValue(followUp.category());
        }

        FollowUpRecord value() {
            return new FollowUpRecord(done.getValue(), on.getValue(), then.getValue());
        }
    }
}
