package org.digitalcentre.simulation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.content.BrowserSimulation;
import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.ImageEditorSimulation;
import org.digitalcentre.content.MailboxSimulation;
import org.digitalcentre.content.MouseKeyboardSimulation;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SpreadsheetSimulation;
import org.digitalcentre.content.WordProcessorSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.browser.BrowserRun;
import org.digitalcentre.simulation.browser.ui.BrowserView;
import org.digitalcentre.simulation.eservice.EServiceRun;
import org.digitalcentre.simulation.eservice.ui.EServiceView;
import org.digitalcentre.simulation.imageeditor.ImageEditorRun;
import org.digitalcentre.simulation.imageeditor.ui.ImageEditorView;
import org.digitalcentre.simulation.mailbox.MailboxRun;
import org.digitalcentre.simulation.mailbox.ui.MailboxView;
import org.digitalcentre.simulation.mousekeyboard.MouseKeyboardRun;
import org.digitalcentre.simulation.mousekeyboard.ui.MouseKeyboardView;
import org.digitalcentre.simulation.password.PasswordRun;
import org.digitalcentre.simulation.password.ui.PasswordView;
import org.digitalcentre.simulation.spreadsheet.SpreadsheetRun;
import org.digitalcentre.simulation.spreadsheet.ui.SpreadsheetView;
import org.digitalcentre.simulation.wordprocessor.WordProcessorRun;
import org.digitalcentre.simulation.wordprocessor.ui.WordProcessorView;

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
        } else if (task instanceof SpreadsheetSimulation sheet) {
            view = new SpreadsheetView(sheet, (SpreadsheetRun) Simulations.start(sheet), language, listener);
        } else if (task instanceof EServiceSimulation eService) {
            view = new EServiceView((EServiceRun) Simulations.start(eService), language, listener);
        } else if (task instanceof ImageEditorSimulation imageEditor) {
            view = new ImageEditorView((ImageEditorRun) Simulations.start(imageEditor), imageEditor.alt(), language,
                    listener);
        } else if (task instanceof MailboxSimulation mailbox) {
            view = new MailboxView((MailboxRun) Simulations.start(mailbox), language, listener);
        } else if (task instanceof PasswordSimulation password) {
            view = new PasswordView((PasswordRun) Simulations.start(password), language, listener);
        } else if (task instanceof MouseKeyboardSimulation practice) {
            view = new MouseKeyboardView((MouseKeyboardRun) Simulations.start(practice), practice.steps().size(),
                    language, listener);
        } else if (task instanceof WordProcessorSimulation wordProcessor) {
            view = new WordProcessorView((WordProcessorRun) Simulations.start(wordProcessor), language, listener);
        } else {
            throw new IllegalArgumentException("No screen for " + task.getClass().getSimpleName());
        }
        List<SimEvent> resumed = Simulations.resumable(task, past);
        view.restore(resumed);
        if (resumed.size() < past.size()) {
            // What she typed in a password field is never kept: she is told why the field is empty.
            Div retype = new Div(VaadinIcon.INFO_CIRCLE.create(), new Span(view.getTranslation("sim.password-not-kept")));
            retype.addClassName("sim-password-not-kept");
            retype.getElement().setAttribute("role", "note");
            view.addComponentAsFirst(retype);
        }
        return view;
    }
}
