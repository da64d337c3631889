package org.digitalcentre.content;

import java.util.List;

/**
 * A hands-on exercise on a safe copy of a real tool. The learner does the task; the server replays what she did
 * and grades each of its {@link #steps()}. New kinds of simulation are further records permitted here.
 */
public sealed interface Simulation extends Exercise
        permits BrowserSimulation, SpreadsheetSimulation, EServiceSimulation, ImageEditorSimulation,
        MailboxSimulation, PasswordSimulation, MouseKeyboardSimulation, WordProcessorSimulation {

    /** The short situation she is in ("You are Amina Diallo..."); may be null. */
    LocalizedText scenario();

    /** What is graded, in order; each says what to do and, when she gets it wrong, why. */
    List<? extends SimulationStep> steps();
}
