package org.digitalcentre.simulation.password.ui;

import org.digitalcentre.base.ui.LeftToRight;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.digitalcentre.content.Choice;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.password.PasswordMeter;
import org.digitalcentre.simulation.password.PasswordRun;
import org.digitalcentre.simulation.ui.SimulationView;

import java.util.ArrayList;
import java.util.List;

/**
 * The password workshop: a warning never to type a real password, what not to put in it, the password field with a
 * Show button, a meter in colour and words with plain advice, the field to type it again, and where to keep it. What
 * she types goes to the server after a short pause; the meter and the advice come back from there.
 */
public class PasswordView extends SimulationView {

    /** A pause in typing this long sends the text: the meter follows her without a request per key. */
    private static final int TYPING_PAUSE_MS = 300;

    private final PasswordRun run;
    private final PasswordSimulation task;
    private final Div fields = new Div();
    private final Div meter = new Div();
    private final ProgressBar bar = new ProgressBar(0, 5);
    private final Span meterWords = new Span();
    private final Span length = new Span();
    private final UnorderedList advice = new UnorderedList();
    private final Div sameTwice = new Div();
    private final RadioButtonGroup<Choice> ways = new RadioButtonGroup<>();
    private boolean shown;
    private AbstractField<?, String> passwordField;
    private AbstractField<?, String> confirmField;

    public PasswordView(PasswordRun run, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        this.task = run.task();
        addClassName("sim-password");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.password.label"));

        Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("sim.password.not-real")));
        warning.addClassName("sim-password-warning");
        add(warning);
        if (!task.facts().isEmpty()) {
            add(facts());
        }
        fields.addClassName("sim-password-fields");
        add(fields);
        drawFields();
        if (task.steps().stream().anyMatch(step -> step.goal() == PasswordSimulation.Goal.KEEP)) {
            ways.setLabel(getTranslation("sim.password.keep"));
            ways.setItems(task.ways());
            ways.setItemLabelGenerator(way -> way.text().in(language));
            ways.addClassName("sim-password-ways");
            ways.addValueChangeListener(change -> {
                if (change.getValue() != null && !change.getValue().equals(run.way().orElse(null))) {
                    emit(SimEvent.of(PasswordRun.KEEP, change.getValue().id()));
                }
            });
            add(ways);
        }
    }

    /** What anyone who knows her could guess: listed so that she leaves it out. */
    private Div facts() {
        UnorderedList list = new UnorderedList();
        task.facts().forEach(fact -> list.add(new ListItem(getTranslation("sim.password.fact",
                fact.label().in(language), fact.value()))));
        Span title = new Span(getTranslation("sim.password.facts"));
        title.setId("sim-password-facts-title");
        list.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Div facts = new Div(VaadinIcon.USER.create(), title, list);
        facts.addClassName("sim-password-facts");
        return facts;
    }

    /** The two fields, hidden or shown as she chose, then the meter and whether both are the same. */
    private void drawFields() {
        fields.removeAll();
        passwordField = field(getTranslation("sim.password.password"), run.password(), PasswordRun.PASSWORD);
        passwordField.addClassName("sim-password-password");
        Button show = new Button(getTranslation(shown ? "sim.password.hide" : "sim.password.show"),
                (shown ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE).create(), click -> {
                    shown = !shown;
                    drawFields();
                    refresh();
                });
        show.addClassName("sim-password-show");
        Div passwordRow = new Div(passwordField, show);
        passwordRow.addClassName("sim-password-row");

        meter.removeAll();
        meter.addClassName("sim-password-meter");
        bar.addClassName("sim-password-bar");
        meterWords.addClassName("sim-password-words");
        bar.getElement().setAttribute("aria-labelledby", "sim-password-meter-words");
        meterWords.setId("sim-password-meter-words");
        length.addClassName("sim-password-length");
        advice.addClassName("sim-password-advice");
        Span target = new Span(getTranslation("sim.password.target",
                getTranslation("sim.password.score." + task.strength())));
        target.addClassName("sim-password-target");
        Div live = new Div(meterWords, length, advice);
        live.addClassName("sim-password-live");
        live.getElement().setAttribute("aria-live", "polite");
        meter.add(bar, target, live);

        confirmField = field(getTranslation("sim.password.confirm"), run.confirm(), PasswordRun.CONFIRM);
        confirmField.addClassName("sim-password-confirm");
        sameTwice.addClassName("sim-password-same");
        sameTwice.getElement().setAttribute("aria-live", "polite");
        fields.add(passwordRow, meter, confirmField, sameTwice);
    }

    private AbstractField<?, String> field(String label, String value, String action) {
        if (shown) {
            TextField field = LeftToRight.value(new TextField(label));
            field.setValue(value);
            field.setMaxLength(PasswordSimulation.MAX_LENGTH);
            field.setAutocomplete(Autocomplete.OFF);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(TYPING_PAUSE_MS);
            field.addValueChangeListener(change -> typed(action, change.getValue()));
            return field;
        }
        PasswordField field = LeftToRight.value(new PasswordField(label));
        field.setValue(value);
        field.setRevealButtonVisible(false);
        field.setMaxLength(PasswordSimulation.MAX_LENGTH);
        field.setAutocomplete(Autocomplete.OFF);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addValueChangeListener(change -> typed(action, change.getValue()));
        return field;
    }

    private void typed(String action, String text) {
        String before = action.equals(PasswordRun.PASSWORD) ? run.password() : run.confirm();
        if (!text.equals(before)) {
            emit(new SimEvent(action, "", text));
        }
    }

    @Override
    protected void refresh() {
        // The fields keep what she typed: rebuilding them while she types would lose her place in the text.
        setIfChanged(passwordField, run.password());
        setIfChanged(confirmField, run.confirm());
        drawMeter();
        drawSameTwice();
        ways.setValue(run.way().orElse(null));
    }

    private static void setIfChanged(AbstractField<?, String> field, String value) {
        if (!field.getValue().equals(value)) {
            field.setValue(value);
        }
    }

    private void drawMeter() {
        String password = run.password();
        PasswordMeter.Measure measure = run.measure();
        meter.getElement().setAttribute("data-score", password.isEmpty() ? "" : String.valueOf(measure.score()));
        bar.setValue(password.isEmpty() ? 0 : measure.score() + 1);
        meterWords.setText(getTranslation("sim.password.strength", password.isEmpty()
                ? getTranslation("sim.password.score.none") : getTranslation("sim.password.score." + measure.score())));
        length.setText(task.length() == null ? getTranslation("sim.password.length", run.length())
                : getTranslation("sim.password.length.min", run.length(), task.length()));
        advice.removeAll();
        if (password.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        run.factsIn().forEach(fact -> lines.add(getTranslation("sim.password.advice.fact",
                fact.label().in(language))));
        if (!run.longEnough()) {
            lines.add(getTranslation("sim.password.advice.length", task.length()));
        }
        measure.advice().forEach(name -> lines.add(getTranslation("sim.password.advice." + name)));
        if (lines.isEmpty() && measure.score() >= task.strength()) {
            lines.add(getTranslation("sim.password.advice.good"));
        }
        lines.stream().distinct().limit(3).forEach(line -> advice.add(new ListItem(line)));
    }

    private void drawSameTwice() {
        sameTwice.removeAll();
        sameTwice.getElement().removeAttribute("data-same");
        if (!run.confirm().isEmpty()) {
            boolean same = run.confirmed();
            sameTwice.getElement().setAttribute("data-same", String.valueOf(same));
            sameTwice.add((same ? VaadinIcon.CHECK : VaadinIcon.CLOSE).create(),
                    new Span(getTranslation(same ? "sim.password.same" : "sim.password.not-same")));
        }
    }
}
