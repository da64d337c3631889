package org.digitalcentre.simulation.password;

import org.digitalcentre.content.Choice;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.content.PasswordSimulation.Fact;
import org.digitalcentre.simulation.PasswordStandIn;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password workshop on the server: what she has typed in the two fields and the way she chose to keep it. The
 * events are {@code password} and {@code confirm} (value: the whole text of that field now) and {@code keep}
 * (target: a way's id). Steps are graded on where she ends: a step is wrong when what she would keep is wrong (too
 * weak, too short, a personal fact in it, two different texts, a bad way to keep it) and not done while the field it
 * needs is empty.
 *
 * <p>What she types is never stored: {@link #keptAs} keeps its length, its score, and which personal facts are in it
 * (a {@link PasswordStandIn}), and a stored try is graded on those.
 */
public final class PasswordRun implements SimulationRun {

    public static final String PASSWORD = "password";
    public static final String CONFIRM = "confirm";
    public static final String KEEP = "keep";

    /** What a stand-in keeps of her password, besides its length. */
    static final String SCORE = "score";
    static final String FACTS = "facts";

    private final PasswordSimulation task;
    private String password = "";
    private String confirm = "";
    private Choice way;
    private PasswordMeter.Measure measure = PasswordMeter.measure("", List.of());
    private String measured = "";

    public PasswordRun(PasswordSimulation task) {
        this.task = task;
    }

    @Override
    public boolean apply(SimEvent event) {
        switch (event.action()) {
            case PASSWORD, CONFIRM -> {
                String typed = event.value();
                String before = event.action().equals(PASSWORD) ? password : confirm;
                // The field sends only changes, and cannot hold more than its maximum.
                if (!event.target().isEmpty() || typed.equals(before)
                        || PasswordStandIn.lengthOf(typed) > PasswordSimulation.MAX_LENGTH) {
                    return false;
                }
                if (event.action().equals(PASSWORD)) {
                    password = typed;
                } else {
                    confirm = typed;
                }
            }
            case KEEP -> {
                Optional<Choice> chosen = task.way(event.target());
                if (chosen.isEmpty() || chosen.get().equals(way)) {
                    return false;
                }
                way = chosen.get();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(), outcome(step.goal()))).toList();
    }

    private StepOutcome outcome(PasswordSimulation.Goal goal) {
        if (goal == PasswordSimulation.Goal.KEEP) {
            return way == null ? StepOutcome.NOT_DONE : way.correct() ? StepOutcome.RIGHT : StepOutcome.WRONG;
        }
        if (password.isEmpty() || goal == PasswordSimulation.Goal.CONFIRM && confirm.isEmpty()) {
            return StepOutcome.NOT_DONE;
        }
        boolean met = switch (goal) {
            case STRENGTH -> measure().score() >= task.strength();
            case LENGTH -> longEnough();
            case NO_FACTS -> factsIn().isEmpty();
            case CONFIRM -> confirmed();
            case KEEP -> throw new IllegalStateException("graded above");
        };
        return met ? StepOutcome.RIGHT : StepOutcome.WRONG;
    }

    @Override
    public SimEvent keptAs(SimEvent event, PasswordStandIn.Numbering numbering) {
        if (!event.action().equals(PASSWORD) && !event.action().equals(CONFIRM)) {
            return event;
        }
        return new SimEvent(event.action(), event.target(), numbering.standIn(event.value(), typed -> Map.of(
                SCORE, PasswordMeter.measure(typed, task.facts().stream().map(Fact::value).toList()).score(),
                FACTS, task.factsIn(typed).stream().map(Fact::id).toList())));
    }

    /** Her password is not kept: she types both fields again; the way she chose stays. */
    @Override
    public List<SimEvent> resumable(List<SimEvent> kept) {
        return kept.stream().filter(e -> !e.action().equals(PASSWORD) && !e.action().equals(CONFIRM)).toList();
    }

    // --- What the view shows ---

    public PasswordSimulation task() {
        return task;
    }

    public String password() {
        return password;
    }

    public String confirm() {
        return confirm;
    }

    public Optional<Choice> way() {
        return Optional.ofNullable(way);
    }

    /** The meter for what is in the password field now; measured once per change. */
    public PasswordMeter.Measure measure() {
        if (!measured.equals(password)) {
            measure = PasswordStandIn.read(password).map(kept -> new PasswordMeter.Measure(kept.number(SCORE),
                    List.of())).orElseGet(() -> PasswordMeter.measure(password,
                    task.facts().stream().map(Fact::value).toList()));
            measured = password;
        }
        return measure;
    }

    /** The personal facts in the password now. */
    public List<Fact> factsIn() {
        return PasswordStandIn.read(password).map(kept -> task.facts().stream()
                .filter(fact -> kept.list(FACTS).contains(fact.id())).toList()).orElseGet(() -> task.factsIn(password));
    }

    /** The length of the password now, in characters. */
    public int length() {
        return PasswordStandIn.lengthOf(password);
    }

    /** True when there is no length to reach, or she has reached it. */
    public boolean longEnough() {
        return task.length() == null || length() >= task.length();
    }

    /** The second field is the same as the first, and not empty. */
    public boolean confirmed() {
        return !password.isEmpty() && password.equals(confirm);
    }
}
