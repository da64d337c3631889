package org.digitalcentre.simulation.mousekeyboard;

import org.digitalcentre.content.MouseKeyboardSimulation;
import org.digitalcentre.content.MouseKeyboardSimulation.Goal;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The practice on the server: which target is shown now (the first step not done yet), and how each went. Every event
 * has the action, the target it happened on (a step's id, or {@link #MISS} when it hit no target) and, in its value,
 * the milliseconds since the target appeared. The actions are {@code click}, {@code double-click}, {@code right-click}
 * (on any target but a typing one), {@code drop-on} (a drag's place, or a miss), {@code scrolled-to} (a scroll's
 * target has come into view) and {@code typed} (value: the milliseconds, {@code |}, then the line she typed). An
 * event on a target that is not the current one, or that the current target cannot get, is refused.
 */
public final class MouseKeyboardRun implements SimulationRun {

    public static final String CLICK = "click";
    public static final String DOUBLE_CLICK = "double-click";
    public static final String RIGHT_CLICK = "right-click";
    public static final String DROP_ON = "drop-on";
    public static final String SCROLLED_TO = "scrolled-to";
    public static final String TYPED = "typed";
    public static final String MISS = "miss";
    /** What separates the milliseconds from the typed line in a {@code typed} event's value. */
    public static final String TYPED_SEPARATOR = "|";
    /** An hour: a longer wait for one target is not a real report. */
    public static final long MOST_MILLIS = 3_600_000L;

    /** How a typed line differs from the one asked, as the view explains it. */
    public enum TypingProblem { NONE, ACCENTS, CAPITALS, SPACES, AT_SIGN, OTHER }

    /** Her skill figures so far; {@code charactersPerMinute} is -1 before a line is typed right. */
    public record Figures(int actions, int misses, int accuracyPercent, double secondsPerAction,
                          int charactersPerMinute) {
    }

    private final MouseKeyboardSimulation task;
    private int current;
    private final Set<String> wrong = new HashSet<>();
    private int actions;
    private int misses;
    private long pointerMillis;
    private int pointerDone;
    private long typingMillis;
    private int typedCharacters;
    private TypingProblem lastTyping = TypingProblem.NONE;

    public MouseKeyboardRun(MouseKeyboardSimulation task) {
        this.task = task;
    }

    @Override
    public boolean apply(SimEvent event) {
        if (current >= task.steps().size()) {
            return false;
        }
        MouseKeyboardSimulation.Step step = task.steps().get(current);
        boolean miss = event.target().equals(MISS);
        if (!miss && !event.target().equals(step.id())) {
            return false;
        }
        String value = event.value();
        String typed = null;
        if (event.action().equals(TYPED)) {
            int bar = value.indexOf(TYPED_SEPARATOR);
            if (bar < 0 || miss || step.goal() != Goal.TYPE) {
                return false;
            }
            typed = value.substring(bar + 1);
            value = value.substring(0, bar);
        }
        long millis = millis(value);
        if (millis < 0 || !possible(event.action(), step.goal(), miss)) {
            return false;
        }
        actions++;
        lastTyping = TypingProblem.NONE;
        boolean done;
        if (typed != null) {
            lastTyping = problemOf(typed, step.text());
            done = lastTyping == TypingProblem.NONE;
            if (done) {
                typingMillis += millis;
                typedCharacters += step.text().length();
            }
        } else {
            done = !miss && event.action().equals(rightAction(step.goal()));
            if (done) {
                pointerMillis += millis;
                pointerDone++;
            }
        }
        if (!done) {
            misses++;
            wrong.add(step.id());
        } else {
            current++;
        }
        return true;
    }

    /**
     * An action the element can report for a target of this goal: on it (a drag's thing is only dropped, a scroll's
     * target only comes into view), or missing every target.
     */
    private static boolean possible(String action, Goal goal, boolean miss) {
        if (miss) {
            return switch (action) {
                case CLICK, DOUBLE_CLICK, RIGHT_CLICK -> goal.pointer();
                case DROP_ON -> goal == Goal.DRAG;
                default -> false;
            };
        }
        return switch (goal) {
            case CLICK, DOUBLE_CLICK, RIGHT_CLICK -> List.of(CLICK, DOUBLE_CLICK, RIGHT_CLICK).contains(action);
            case DRAG -> action.equals(DROP_ON);
            case SCROLL -> action.equals(SCROLLED_TO);
            case TYPE -> action.equals(TYPED);
        };
    }

    private static String rightAction(Goal goal) {
        return switch (goal) {
            case CLICK -> CLICK;
            case DOUBLE_CLICK -> DOUBLE_CLICK;
            case RIGHT_CLICK -> RIGHT_CLICK;
            case DRAG -> DROP_ON;
            case SCROLL -> SCROLLED_TO;
            case TYPE -> TYPED;
        };
    }

    private static long millis(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long millis = Long.parseLong(value);
        return millis <= MOST_MILLIS ? millis : -1;
    }

    /** Exactly the line, or the first reason it is not: accents, capitals, spaces, the @, or anything else. */
    static TypingProblem problemOf(String typed, String asked) {
        if (typed.equals(asked)) {
            return TypingProblem.NONE;
        }
        if (asked.contains("@") && !typed.contains("@")) {
            return TypingProblem.AT_SIGN;
        }
        if (withoutAccents(typed).equals(withoutAccents(asked))) {
            return TypingProblem.ACCENTS;
        }
        if (typed.equalsIgnoreCase(asked) || withoutAccents(typed).equalsIgnoreCase(withoutAccents(asked))) {
            return TypingProblem.CAPITALS;
        }
        if (typed.replaceAll("\\s+", "").equals(asked.replaceAll("\\s+", ""))) {
            return TypingProblem.SPACES;
        }
        return TypingProblem.OTHER;
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(),
                wrong.contains(step.id()) ? StepOutcome.WRONG
                        : task.steps().indexOf(step) < current ? StepOutcome.RIGHT : StepOutcome.NOT_DONE)).toList();
    }

    /** Her figures: every action counts, a miss or a wrong action or a wrong line is a miss. */
    public Figures figures() {
        int accuracy = actions == 0 ? 0 : Math.round(100f * (actions - misses) / actions);
        double seconds = pointerDone == 0 ? 0 : pointerMillis / 1000.0 / pointerDone;
        int perMinute = typedCharacters == 0 ? -1
                : (int) Math.round(typedCharacters * 60_000.0 / Math.max(typingMillis, 1));
        return new Figures(actions, misses, accuracy, seconds, perMinute);
    }

    // --- What the view shows ---

    /** The step whose target is shown now, or null when every step is done. */
    public MouseKeyboardSimulation.Step currentStep() {
        return current < task.steps().size() ? task.steps().get(current) : null;
    }

    /** The position of the current step, from 0. */
    public int currentIndex() {
        return current;
    }

    /** How the last typed line differed from the one asked ({@code NONE} when right, or after another action). */
    public TypingProblem lastTyping() {
        return lastTyping;
    }

    /** Whether the current step already went wrong (a miss, a wrong action or a wrong line). */
    public boolean currentWentWrong() {
        MouseKeyboardSimulation.Step step = currentStep();
        return step != null && wrong.contains(step.id());
    }
}
