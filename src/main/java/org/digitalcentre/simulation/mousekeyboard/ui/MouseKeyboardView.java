package org.digitalcentre.simulation.mousekeyboard.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.MouseKeyboardSimulation.Goal;
import org.digitalcentre.content.MouseKeyboardSimulation.Step;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.mousekeyboard.MouseKeyboardRun;
import org.digitalcentre.simulation.mousekeyboard.SkillFigures;
import org.digitalcentre.simulation.ui.SimulationView;

import java.util.Locale;

/**
 * Mouse and keyboard practice: one target at a time in the practice area (a plain-JavaScript element that reports what
 * she did and how long it took), or a line to type exactly. Above it, what to do with the mouse and with the
 * keyboard; under it, a miss or how her line differs, and at the end her figures. The server decides what is right.
 */
public class MouseKeyboardView extends SimulationView {

    /** Where the targets go, in % of the area, one after the other; a drag goes from the left to the right. */
    private static final int[][] PLACES = {{25, 30}, {70, 65}, {40, 72}, {75, 28}, {55, 45}, {22, 62}};
    private static final int[] DRAG_FROM = {22, 50};
    private static final int[] DRAG_TO = {75, 50};
    /** A scroll's target sits low in a tall area: she has to scroll to see it. */
    private static final int SCROLL_TOP = 92;

    private final MouseKeyboardRun run;
    private final int stepCount;
    private final Span progress = new Span();
    private final Paragraph whatToDo = new Paragraph();
    private final Paragraph withKeys = new Paragraph();
    private final PointerPractice practice;
    private final Div typing = new Div();
    private final Span line = new Span();
    private final TextField typed = new TextField();
    private final Div message = new Div();
    private final Div done = new Div();
    private int shownIndex = -1;
    private long shownAt = System.nanoTime();

    public MouseKeyboardView(MouseKeyboardRun run, int stepCount, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        this.stepCount = stepCount;
        addClassName("sim-mouse-keyboard");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.mouse-keyboard.label"));
        practice = new PointerPractice(getTranslation("sim.mouse-keyboard.area"), this::report);
        practice.addClassName("sim-mouse-keyboard-area");
        progress.addClassName("sim-mouse-keyboard-progress");
        whatToDo.addClassName("sim-mouse-keyboard-do");
        withKeys.addClassName("sim-mouse-keyboard-keys");
        Div instruction = new Div(progress, whatToDo, withKeys);
        instruction.addClassName("sim-mouse-keyboard-instruction");
        instruction.getElement().setAttribute("role", "status");
        message.addClassName("sim-mouse-keyboard-message");
        message.getElement().setAttribute("role", "status");
        done.addClassName("sim-mouse-keyboard-done");
        add(instruction, practice, typingBox(), message, done);
    }

    private Div typingBox() {
        line.addClassName("sim-mouse-keyboard-line");
        line.getElement().setAttribute("lang", "fr");
        typed.setLabel(getTranslation("sim.mouse-keyboard.typed"));
        typed.addClassName("sim-mouse-keyboard-typed");
        typed.getElement().setAttribute("autocomplete", "off");
        typed.getElement().setAttribute("spellcheck", "false");
        typed.addKeyPressListener(Key.ENTER, enter -> submitLine());
        Button validate = new Button(getTranslation("sim.mouse-keyboard.validate"), VaadinIcon.CHECK.create(),
                click -> submitLine());
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validate.addClassName("sim-mouse-keyboard-validate");
        Div row = new Div(typed, validate);
        row.addClassName("sim-mouse-keyboard-typing-row");
        typing.add(line, row);
        typing.addClassName("sim-mouse-keyboard-typing");
        return typing;
    }

    /** What the practice area saw her do. */
    private void report(String action, String target, long millis) {
        int before = run.currentIndex();
        if (emit(new SimEvent(action, target, String.valueOf(millis))) && run.currentIndex() == before) {
            say(VaadinIcon.CLOSE_CIRCLE, getTranslation("sim.mouse-keyboard.missed"));
        }
    }

    private void submitLine() {
        Step step = run.currentStep();
        if (step == null || step.goal() != Goal.TYPE) {
            return;
        }
        long millis = Math.min(MouseKeyboardRun.MOST_MILLIS, (System.nanoTime() - shownAt) / 1_000_000);
        int before = run.currentIndex();
        String text = typed.getValue();
        if (emit(new SimEvent(MouseKeyboardRun.TYPED, step.id(),
                millis + MouseKeyboardRun.TYPED_SEPARATOR + text)) && run.currentIndex() == before) {
            say(VaadinIcon.CLOSE_CIRCLE, getTranslation("sim.mouse-keyboard.typing."
                    + run.lastTyping().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            typed.setValue(text);
            typed.focus();
        }
    }

    private void say(VaadinIcon icon, String text) {
        message.removeAll();
        message.add(icon.create(), new Span(text));
        message.setVisible(true);
    }

    @Override
    protected void refresh() {
        message.removeAll();
        message.setVisible(false);
        Step step = run.currentStep();
        boolean moved = run.currentIndex() != shownIndex;
        if (moved) {
            shownIndex = run.currentIndex();
            shownAt = System.nanoTime();
        }
        done.removeAll();
        done.setVisible(step == null);
        typing.setVisible(step != null && step.goal() == Goal.TYPE);
        if (step == null) {
            progress.setText("");
            whatToDo.setText(getTranslation("sim.mouse-keyboard.done"));
            withKeys.setText("");
            practice.clear();
            practice.setVisible(false);
            // Interface words: in her interface's language, even when the module is shown in French.
            String figures = SkillFigures.describe(run.figures(), getLocale().getLanguage());
            done.add(VaadinIcon.CHART.create(), new Span(figures));
            getElement().setAttribute("data-step", "");
            return;
        }
        getElement().setAttribute("data-step", step.id());
        progress.setText(getTranslation("sim.mouse-keyboard.progress", run.currentIndex() + 1, stepCount));
        String name = step.target() == null ? "" : step.target().in(language);
        String place = step.to() == null ? "" : step.to().in(language);
        String goal = step.goal().written();
        whatToDo.setText(getTranslation("sim.mouse-keyboard.do." + goal, name, place));
        withKeys.removeAll();
        withKeys.add(VaadinIcon.KEYBOARD.create(), new Span(getTranslation("sim.mouse-keyboard.keys." + goal,
                name, place)));
        if (step.goal() == Goal.TYPE) {
            practice.clear();
            practice.setVisible(false);
            line.setText(step.text());
            if (moved) {
                typed.clear();
                typed.focus();
            }
            return;
        }
        practice.setVisible(true);
        int[] at = step.goal() == Goal.DRAG ? DRAG_FROM : PLACES[run.currentIndex() % PLACES.length];
        practice.show(step.id(), goal, name, at[0], step.goal() == Goal.SCROLL ? SCROLL_TOP : at[1]);
        if (step.goal() == Goal.DRAG) {
            practice.zone(place, DRAG_TO[0], DRAG_TO[1]);
        }
    }
}
