package org.digitalcentre.simulation.browser.ui;

import org.digitalcentre.base.ui.LeftToRight;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.base.ui.LearnerMarkdown;
import org.digitalcentre.content.BrowserSimulation.Link;
import org.digitalcentre.content.BrowserSimulation.Page;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.browser.BrowserRun;
import org.digitalcentre.simulation.ui.SimulationView;

import java.util.List;

/**
 * A plain copy of a web browser: tabs, Back, the padlock, the address bar, and the page with its links. A link opens
 * in a new tab from its menu (right-click, or the menu key / Shift+F10 on the keyboard), as in a real browser.
 */
public class BrowserView extends SimulationView {

    private final BrowserRun run;
    private final Div tabStrip = new Div();
    private final Div toolbar = new Div();
    private final Div padlockInfo = new Div();
    private final Div pageArea = new Div();
    /** Drawn again at each move; kept to give it the focus after a move (issue 11, keyboard only). */
    private H3 pageTitle;

    public BrowserView(BrowserRun run, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        addClassName("sim-browser");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.browser.label"));
        tabStrip.addClassName("sim-browser-tabs");
        tabStrip.getElement().setAttribute("role", "group");
        tabStrip.getElement().setAttribute("aria-label", getTranslation("sim.browser.tabs"));
        toolbar.addClassName("sim-browser-toolbar");
        // The browsers of the centre's computers are in French: tabs from the left, Back on the left pointing left,
        // as the modules describe them in every language ("the left arrow"). The page inside follows its language.
        LeftToRight.always(tabStrip);
        LeftToRight.always(toolbar);
        padlockInfo.addClassName("sim-browser-padlock-info");
        padlockInfo.getElement().setAttribute("role", "status");
        pageArea.addClassName("sim-browser-page");
        add(tabStrip, toolbar, padlockInfo, pageArea);
    }

    @Override
    protected void refresh() {
        drawTabs();
        drawToolbar();
        drawPadlockInfo();
        drawPage();
    }

    private void drawTabs() {
        tabStrip.removeAll();
        List<BrowserRun.Location> tabs = run.tabs();
        for (int i = 0; i < tabs.size(); i++) {
            String number = String.valueOf(i);
            String title = titleOf(tabs.get(i));
            Button tab = new Button(title, click -> act(SimEvent.of(BrowserRun.TAB, number)));
            tab.setAriaLabel(getTranslation("sim.browser.tab", i + 1, title));
            tab.addClassName("sim-browser-tab");
            tab.getElement().setAttribute("aria-pressed", String.valueOf(i == run.currentTab()));
            Div holder = new Div(tab);
            holder.addClassName("sim-browser-tab-holder");
            if (tabs.size() > 1) {
                Button close = new Button(VaadinIcon.CLOSE_SMALL.create(),
                        click -> act(SimEvent.of(BrowserRun.CLOSE_TAB, number)));
                close.setAriaLabel(getTranslation("sim.browser.close-tab", i + 1));
                close.addClassName("sim-browser-close-tab");
                holder.add(close);
            }
            tabStrip.add(holder);
        }
    }

    private void drawToolbar() {
        toolbar.removeAll();
        Button back = new Button(getTranslation("sim.browser.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> act(SimEvent.of(BrowserRun.BACK)));
        back.setEnabled(run.canGoBack());
        back.addClassName("sim-browser-back");
        BrowserRun.Location here = run.current();
        boolean secure = here.page() != null && here.page().secure();
        Button padlock = new Button(getTranslation("sim.browser.padlock"),
                (secure ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create(), click -> act(SimEvent.of(BrowserRun.PADLOCK)));
        padlock.setEnabled(here.page() != null);
        padlock.addClassName("sim-browser-padlock");
        TextField address = new TextField(getTranslation("sim.browser.address"));
        address.setValue(here.page() != null ? here.page().address() : here.typedAddress());
        address.addClassName("sim-browser-address");
        LeftToRight.value(address); // a web address reads left to right in every language
        address.setAutoselect(true);
        Button go = new Button(getTranslation("sim.browser.go"), VaadinIcon.ARROW_RIGHT.create(),
                click -> goTo(address.getValue()));
        go.addClassName("sim-browser-go");
        address.addKeyPressListener(Key.ENTER, enter -> goTo(address.getValue()));
        toolbar.add(back, padlock, address, go);
    }

    private void goTo(String typed) {
        if (!typed.isBlank()) {
            act(new SimEvent(BrowserRun.ADDRESS, "", typed));
        }
    }

    private void drawPadlockInfo() {
        padlockInfo.removeAll();
        BrowserRun.Location here = run.current();
        if (run.padlockOpen() && here.page() != null) {
            boolean secure = here.page().secure();
            padlockInfo.add((secure ? VaadinIcon.LOCK : VaadinIcon.WARNING).create(), new Span(getTranslation(
                    secure ? "sim.browser.padlock.secure" : "sim.browser.padlock.not-secure")));
            padlockInfo.getElement().setAttribute("data-secure", String.valueOf(secure));
        }
        padlockInfo.setVisible(run.padlockOpen());
    }

    private void drawPage() {
        pageArea.removeAll();
        BrowserRun.Location here = run.current();
        Page page = here.page();
        if (page == null) {
            pageArea.getElement().setAttribute("data-page", "");
            pageTitle = focusableTitle(getTranslation("sim.browser.not-found.title"));
            pageArea.add(pageTitle, new Paragraph(getTranslation("sim.browser.not-found", here.typedAddress())));
            return;
        }
        pageArea.getElement().setAttribute("data-page", page.id());
        pageTitle = focusableTitle(page.title().in(language));
        pageArea.add(pageTitle);
        if (page.text() != null) {
            pageArea.add(LearnerMarkdown.of(page.text().in(language)));
        }
        if (page.searchResults() != null) {
            TextField words = new TextField(getTranslation("sim.browser.search-words"));
            words.addClassName("sim-browser-search-words");
            Button search = new Button(getTranslation("sim.browser.search"), VaadinIcon.SEARCH.create(),
                    click -> search(words.getValue()));
            search.addClassName("sim-browser-search");
            words.addKeyPressListener(Key.ENTER, enter -> search(words.getValue()));
            Div searchBox = new Div(words, search);
            searchBox.addClassName("sim-browser-search-box");
            searchBox.getElement().setAttribute("role", "search");
            pageArea.add(searchBox);
        }
        Div links = new Div();
        links.addClassName("sim-browser-links");
        page.links().forEach(link -> links.add(link(link)));
        pageArea.add(links);
    }

    /**
     * Does what she did; then, as a real browser does, the focus goes to the page she arrives on (its title), instead
     * of being lost with the controls drawn again: with the keyboard she goes on from there with Tab.
     */
    private void act(SimEvent event) {
        if (!emit(event)) {
            return;
        }
        // The padlock only opens its note: the focus stays on it (SimulationView keeps it there).
        if (!BrowserRun.PADLOCK.equals(event.action()) && pageTitle != null) {
            pageTitle.getElement().executeJs("this.focus()");
        }
    }

    /** The page's title, which the focus can be given to (not reached with Tab: tabindex -1). */
    private static H3 focusableTitle(String text) {
        H3 title = new H3(text);
        title.addClassName("sim-browser-page-title");
        title.getElement().setAttribute("tabindex", "-1");
        return title;
    }

    private void search(String words) {
        if (!words.isBlank()) {
            act(new SimEvent(BrowserRun.SEARCH, "", words.strip()));
        }
    }

    private Div link(Link link) {
        Button follow = new Button(link.text().in(language), click -> act(SimEvent.of(BrowserRun.FOLLOW, link.id())));
        follow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        follow.addClassName("sim-browser-link");
        follow.getElement().setAttribute("data-link", link.id());
        ContextMenu menu = new ContextMenu(follow);
        menu.addClassName("sim-browser-link-menu");
        menu.getElement().setAttribute("data-link", link.id());
        menu.addItem(getTranslation("sim.browser.new-tab"),
                click -> act(SimEvent.of(BrowserRun.FOLLOW_NEW_TAB, link.id())));
        Div row = new Div();
        row.addClassName("sim-browser-link-row");
        if (link.ad()) {
            Span ad = new Span(getTranslation("sim.browser.ad"));
            ad.addClassName("sim-browser-ad");
            row.add(ad);
            row.addClassName("is-ad");
        }
        // The menu sits beside its link, so that it comes and goes with the page.
        row.add(follow, menu);
        return row;
    }

    private String titleOf(BrowserRun.Location location) {
        return location.page() != null ? location.page().title().in(language)
                : getTranslation("sim.browser.not-found.title");
    }
}
