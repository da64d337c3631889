package org.digitalcentre.content;

/** One graded step of a simulation: what she must do ({@code label}) and why it went wrong ({@code wrong}). */
public interface SimulationStep {

    String id();

    LocalizedText label();

    LocalizedText wrong();
}
