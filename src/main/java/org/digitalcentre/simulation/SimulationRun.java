package org.digitalcentre.simulation;

import java.util.List;

/**
 * One try at a simulation, on the server: the state of the copied tool, changed only by events it accepts, and the
 * grade of each step so far. The browser only reports what she did; what is right is decided here.
 */
public interface SimulationRun {

    /**
     * Applies what she did. Returns false, changing nothing, for an event this try could not have produced (a link
     * that is not on the page, a tab that does not exist): a stale page or a tampered request.
     */
    boolean apply(SimEvent event);

    /** Each step of the task, in the content's order. */
    List<StepResult> steps();

    /**
     * The event as it may be stored or logged: a kind with a password field replaces what she typed there by a
     * {@link PasswordStandIn} that grades the same. Depends on the task only, never on this try's state, so that even
     * a refused try is kept without a password.
     */
    default SimEvent keptAs(SimEvent event, PasswordStandIn.Numbering numbering) {
        return event;
    }

    /**
     * What of a kept try she goes on with, on a fresh run: a kind that would show a stand-in in a field, or need her
     * typed text again, leaves those events out (she types it again). By default, all of them.
     */
    default List<SimEvent> resumable(List<SimEvent> kept) {
        return kept;
    }
}
