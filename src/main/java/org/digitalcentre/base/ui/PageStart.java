package org.digitalcentre.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page opens at its top, and the keyboard focus goes to the page's heading: a screen reader then reads where
 * she is ("Bonjour Amina D. !"), and the next Tab goes to the first thing on the page. Without this, a page opened
 * after a long one kept the old scroll position (the home opened 884 px down, "Continue" off screen) and the focus
 * stayed on the link she had tapped. Installed for every page, the sign-in screens (which have no layout) included.
 * A page that puts the focus in a field by itself keeps it there.
 */
@Component
public class PageStart implements VaadinServiceInitListener {

    /** Scrolls to the top and focuses {@code target} (the page's h1 when none is given). */
    private static final String TO_TOP_AND_FOCUS = """
            const target = %s;
            window.scrollTo(0, 0);
            // Whatever scrolls around the page (the window, or a layout's part, slots included) goes to its top.
            for (let box = target; box; box = box.assignedSlot || box.parentElement || box.getRootNode().host) {
                if (box.scrollTop) { box.scrollTop = 0; }
            }
            const active = document.activeElement;
            const ownField = active && active !== document.body && target && active.isConnected
                    && active.closest('main') && active.matches('input, textarea, vaadin-text-field, \
            vaadin-password-field, vaadin-text-area, vaadin-integer-field, vaadin-email-field');
            const focusTarget = () => {
                if (!target.isConnected) { return; }
                if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
                target.focus({preventScroll: true});
            };
            if (target && !ownField) {
                focusTarget();
                // On a small screen the menu is a drawer over the page: as it closes it gives the focus back to its
                // toggle. The heading takes it again, unless she has gone on elsewhere in the meantime.
                const taken = () => {
                    const now = document.activeElement;
                    return !now || now === document.body || now.matches('vaadin-drawer-toggle')
                            || !!now.closest('vaadin-side-nav, [slot="drawer"]');
                };
                for (const delay of [0, 400, 1000]) {
                    setTimeout(() => { if (taken()) { focusTarget(); } }, delay);
                }
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> ui.getPage().executeJs(TO_TOP_AND_FOCUS.formatted(
                    "document.querySelector('main h1') || document.querySelector('h1')")));
        });
    }

    /**
     * The same, within a page whose content changed in place (the module player's next step): the page goes back to
     * its top and the focus to {@code heading} (for example "Step 3 of 8"), so that a screen reader reads the new
     * step from its start.
     */
    public static void bringToTop(Element heading) {
        heading.executeJs(TO_TOP_AND_FOCUS.formatted("this"));
    }

    /**
     * The same for a part of the page drawn anew (a module's end): the focus goes to its first {@code h2}, found in
     * the browser when the script runs, or to the part itself.
     */
    public static void bringToTopAtHeadingOf(Element part) {
        part.executeJs(TO_TOP_AND_FOCUS.formatted("this.querySelector('h2') || this"));
    }
}
