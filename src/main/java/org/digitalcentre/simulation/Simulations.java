package org.digitalcentre.simulation;

import org.digitalcentre.content.BrowserSimulation;
import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.ImageEditorSimulation;
import org.digitalcentre.content.MailboxSimulation;
import org.digitalcentre.content.MouseKeyboardSimulation;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.content.Simulation;
import org.digitalcentre.content.SpreadsheetSimulation;
import org.digitalcentre.content.WordProcessorSimulation;
import org.digitalcentre.simulation.browser.BrowserRun;
import org.digitalcentre.simulation.eservice.EServiceRun;
import org.digitalcentre.simulation.imageeditor.ImageEditorRun;
import org.digitalcentre.simulation.mailbox.MailboxRun;
import org.digitalcentre.simulation.mousekeyboard.MouseKeyboardRun;
import org.digitalcentre.simulation.password.PasswordRun;
import org.digitalcentre.simulation.spreadsheet.SpreadsheetRun;
import org.digitalcentre.simulation.wordprocessor.WordProcessorRun;

import java.util.List;

/** Starts and grades the simulations. Grading is a replay of her events on a fresh copy of the tool. */
public final class Simulations {

    /** More events than any real try needs: a longer list is refused rather than stored. */
    public static final int MAX_EVENTS = 500;

    private Simulations() {
    }

    /** A fresh try, as the task's files set it up. */
    public static SimulationRun start(Simulation task) {
        if (task instanceof BrowserSimulation browser) {
            return new BrowserRun(browser);
        }
        if (task instanceof SpreadsheetSimulation sheet) {
            return new SpreadsheetRun(sheet);
        }
        if (task instanceof EServiceSimulation eService) {
            return new EServiceRun(eService);
        }
        if (task instanceof ImageEditorSimulation imageEditor) {
            return new ImageEditorRun(imageEditor);
        }
        if (task instanceof MailboxSimulation mailbox) {
            return new MailboxRun(mailbox);
        }
        if (task instanceof PasswordSimulation password) {
            return new PasswordRun(password);
        }
        if (task instanceof MouseKeyboardSimulation practice) {
            return new MouseKeyboardRun(practice);
        }
        if (task instanceof WordProcessorSimulation wordProcessor) {
            return new WordProcessorRun(wordProcessor);
        }
        throw new IllegalArgumentException("No simulation for " + task.getClass().getSimpleName());
    }

    /** Replays the events in order on a fresh try; the first one that could not have happened refuses the lot. */
    public static SimulationGrade grade(Simulation task, List<SimEvent> events) {
        SimulationRun run = start(task);
        if (events.size() > MAX_EVENTS) {
            return new SimulationGrade(notDone(task), true);
        }
        for (SimEvent event : events) {
            if (event == null || !run.apply(event)) {
                return new SimulationGrade(notDone(task), true);
            }
        }
        return new SimulationGrade(run.steps(), false);
    }

    /**
     * The try as it is stored: what she typed in a password field replaced by a stand-in that grades the same
     * ({@link PasswordStandIn}). Grading the result gives the same grade as grading {@code events}.
     */
    public static List<SimEvent> forStorage(Simulation task, List<SimEvent> events) {
        SimulationRun run = start(task);
        PasswordStandIn.Numbering numbering = new PasswordStandIn.Numbering(events);
        return events.stream().map(event -> event == null ? null : run.keptAs(event, numbering)).toList();
    }

    /** What of a kept try she goes on with when she comes back to it (see {@link SimulationRun#resumable}). */
    public static List<SimEvent> resumable(Simulation task, List<SimEvent> kept) {
        return start(task).resumable(kept);
    }

    private static List<StepResult> notDone(Simulation task) {
        return task.steps().stream().map(s -> new StepResult(s.id(), StepOutcome.NOT_DONE)).toList();
    }
}
