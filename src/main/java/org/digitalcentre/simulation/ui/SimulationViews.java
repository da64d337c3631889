package org.digitalcentre.simulation.ui;

import org.digitalcentre.content.BrowserSimulation;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.browser.BrowserRun;
import org.digitalcentre.simulation.browser.ui.BrowserView;
import org.digitalcentre.simulation.password.PasswordRun;
import org.digitalcentre.simulation.password.ui.PasswordView;

import java.util.List;

/** Builds the screen of any simulation, fresh or with a kept try replayed. */
public final class SimulationViews {

    private SimulationViews() {
    }

    public static SimulationView create(Simulation task, String language, List<SimEvent> past,
                                        SimulationView.Listener listener) {
        SimulationView view;
        if (task instanceof BrowserSimulation browser) {
            view = new BrowserView((BrowserRun) Simulations.start(browser), language, listener);
        } else if (task instanceof PasswordSimulation password) {
            view = new PasswordView((PasswordRun) Simulations.start(password), language, listener);
        } else {
            throw new IllegalArgumentException("No screen for " + task.getClass().getSimpleName());
        }
        view.restore(past);
        return view;
    }
}
