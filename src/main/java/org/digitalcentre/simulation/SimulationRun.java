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
}
