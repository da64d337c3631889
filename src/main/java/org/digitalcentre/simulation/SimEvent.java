package org.digitalcentre.simulation;

/**
 * One thing a learner did in a simulation: an {@code action} ("follow", "address"...), what it was done to
 * ({@code target}: a link id, a field...) and what she typed or chose ({@code value}); unused parts are empty.
 * Simulations are graded on the server by replaying these, in order.
 */
public record SimEvent(String action, String target, String value) {

    public SimEvent {
        action = action == null ? "" : action;
        target = target == null ? "" : target;
        value = value == null ? "" : value;
    }

    public static SimEvent of(String action) {
        return new SimEvent(action, "", "");
    }

    public static SimEvent of(String action, String target) {
        return new SimEvent(action, target, "");
    }
}
