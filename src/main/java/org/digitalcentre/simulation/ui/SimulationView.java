package org.digitalcentre.simulation.ui;

import com.vaadin.flow.component.AttachEvent;
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
        keepFocus();
        return true;
    }

    /**
     * Keyboard only (issue 11): {@link #refresh()} draws the controls again, and the one she used (with the focus)
     * goes with the old ones. The page remembers the control that last had the focus (its kind, label and words) and
     * gives the focus to the same control drawn again, or else to the simulation itself, so that Tab goes on from
     * here instead of from the top of the page. Nothing moves when the focus is still somewhere.
     */
    private void keepFocus() {
        getElement().executeJs("""
                const gone = !document.activeElement || document.activeElement === document.body
                    || !document.activeElement.isConnected;
                if (!gone || !this.$dcFocusKey) { return; }
                const same = [...this.querySelectorAll(this.$dcHosts + ', ' + this.$dcPlain)]
                    .find(c => this.$dcKey(c) === this.$dcFocusKey);
                if (same) { same.focus({preventScroll: true}); return; }
                this.tabIndex = -1;
                this.focus({preventScroll: true});""");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // A Vaadin field is known by its host (its label is in its words), not by the input inside it.
        getElement().executeJs("""
                if (this.$dcKey) { return; }
                this.$dcHosts = 'vaadin-button, vaadin-text-field, vaadin-password-field, vaadin-email-field,'
                    + ' vaadin-text-area, vaadin-select, vaadin-combo-box, vaadin-date-picker, vaadin-checkbox,'
                    + ' vaadin-radio-button, vaadin-upload';
                this.$dcPlain = 'button, input, textarea, a[href], [tabindex]';
                this.$dcKey = c => c.tagName + '|' + (c.getAttribute('aria-label') || '') + '|'
                    + (c.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 80);
                this.addEventListener('focusin', e => {
                    const control = e.target.closest(this.$dcHosts) || e.target.closest(this.$dcPlain);
                    if (control && control !== this && this.contains(control)) {
                        this.$dcFocusKey = this.$dcKey(control);
                    }
                });""");
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
