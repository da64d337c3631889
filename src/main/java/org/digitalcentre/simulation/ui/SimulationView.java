package org.digitalcentre.simulation.ui;

import com.vaadin.flow.component.html.Div;
import org.digitalcentre.simulation.PasswordStandIn;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.Simulations;

import java.util.ArrayList;
import java.util.List;

/**
 * The screen of one simulation. It draws the server's {@link SimulationRun} and turns what she does into
 * {@link SimEvent}s: an event the run refuses changes nothing. Every accepted event is reported, so that a half-done
 * try is kept and survives leaving the page.
 */
public abstract class SimulationView extends Div {

    /** Told of every change, with all her events of this try so far. */
    public interface Listener {
        void changed(List<SimEvent> events);
    }

    protected final String language;
    private final SimulationRun run;
    private final Listener listener;
    private final List<SimEvent> events = new ArrayList<>();

    protected SimulationView(SimulationRun run, String language, Listener listener) {
        this.run = run;
        this.language = language;
        this.listener = listener;
        addClassName("simulation");
    }

    /**
     * Does what she did, if this try could; then shows the result. A value written like a kept password's stand-in is
     * refused: it comes from a tampered request, not from her keyboard.
     */
    protected final boolean emit(SimEvent event) {
        if (events.size() >= Simulations.MAX_EVENTS || PasswordStandIn.isStandIn(event.value())
                || !run.apply(event)) {
            return false;
        }
        events.add(event);
        listener.changed(List.copyOf(events));
        refresh();
        return true;
    }

    /** Replays a kept try (what she did before leaving), without reporting it again. */
    final void restore(List<SimEvent> past) {
        for (SimEvent event : past) {
            if (events.size() < Simulations.MAX_EVENTS && run.apply(event)) {
                events.add(event);
            }
        }
        refresh();
    }

    /** Everything she did in this try, in order. */
    public List<SimEvent> events() {
        return List.copyOf(events);
    }

    /** Draws the run as it is now. */
    protected abstract void refresh();
}
