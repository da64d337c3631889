package org.digitalcentre.simulation.mousekeyboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.DomListenerRegistration;

/**
 * The browser's part of the practice (frontend/components/dc-pointer-practice.js): it shows the one target the server
 * names and reports what she did to it, with the time it took. It decides nothing.
 */
@Tag("dc-pointer-practice")
@JavaScript("context://components/dc-pointer-practice.js")
class PointerPractice extends Component {

    static final String EVENT = "dc-action";
    static final String ACTION = "event.detail.action";
    static final String TARGET = "event.detail.target";
    static final String MILLIS = "event.detail.ms";

    /** What she did: the action, the target's id (or "miss") and the milliseconds since the target appeared. */
    interface Report {
        void did(String action, String target, long millis);
    }

    PointerPractice(String areaLabel, Report report) {
        getElement().setAttribute("area-label", areaLabel);
        DomListenerRegistration listener = getElement().addEventListener(EVENT, event -> report.did(
                event.getEventData().getString(ACTION), event.getEventData().getString(TARGET),
                (long) event.getEventData().getNumber(MILLIS)));
        listener.addEventData(ACTION);
        listener.addEventData(TARGET);
        listener.addEventData(MILLIS);
    }

    /** Shows one target: its id, kind, name and place in % of the area. */
    void show(String targetId, String kind, String label, int x, int y) {
        getElement().setAttribute("target", targetId);
        getElement().setAttribute("kind", kind);
        getElement().setAttribute("label", label);
        getElement().setAttribute("x", String.valueOf(x));
        getElement().setAttribute("y", String.valueOf(y));
        getElement().removeAttribute("zone-label");
        getElement().removeAttribute("zone-x");
        getElement().removeAttribute("zone-y");
    }

    /** The place a drag's thing is to be dropped on. */
    void zone(String label, int x, int y) {
        getElement().setAttribute("zone-label", label);
        getElement().setAttribute("zone-x", String.valueOf(x));
        getElement().setAttribute("zone-y", String.valueOf(y));
    }

    /** Shows no target (a line to type, or all done). */
    void clear() {
        for (String attribute : new String[] {"target", "kind", "label", "x", "y", "zone-label", "zone-x", "zone-y"}) {
            getElement().removeAttribute(attribute);
        }
    }
}
