package org.digitalcentre.simulation.browser;

import org.digitalcentre.content.BrowserSimulation;
import org.digitalcentre.content.BrowserSimulation.Goal;
import org.digitalcentre.content.BrowserSimulation.Link;
import org.digitalcentre.content.BrowserSimulation.Page;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The browser's state on the server: tabs, each with its history, and what every step has seen. The events are
 * {@code address} (value: what she typed), {@code search} (value: her words), {@code follow} and
 * {@code follow-new-tab} (target: a link of the current page), {@code back}, {@code tab} and {@code close-tab}
 * (target: the tab's number from 0) and {@code padlock}.
 */
public final class BrowserRun implements SimulationRun {

    public static final String ADDRESS = "address";
    public static final String SEARCH = "search";
    public static final String FOLLOW = "follow";
    public static final String FOLLOW_NEW_TAB = "follow-new-tab";
    public static final String BACK = "back";
    public static final String TAB = "tab";
    public static final String CLOSE_TAB = "close-tab";
    public static final String PADLOCK = "padlock";

    /** Where a tab is: one of the task's pages, or an address that leads nowhere (then {@code page} is null). */
    public record Location(Page page, String typedAddress) {
    }

    /** How she arrived on a page: what a step's goal may ask for. */
    private enum Arrival { TYPED, LINK, NEW_TAB, OTHER }

    private static final class Tab {
        private final List<Location> history = new ArrayList<>();
        private int position = -1;

        Location current() {
            return history.get(position);
        }

        void go(Location location) {
            history.subList(position + 1, history.size()).clear();
            history.add(location);
            position++;
        }
    }

    private final BrowserSimulation task;
    private final List<Tab> tabs = new ArrayList<>();
    private int currentTab;
    private boolean padlockOpen;
    private final Set<String> done = new HashSet<>();
    private final Set<String> wrong = new HashSet<>();

    public BrowserRun(BrowserSimulation task) {
        this.task = task;
        Tab first = new Tab();
        first.go(new Location(task.page(task.start()).orElseThrow(), null));
        tabs.add(first);
        arrived(Arrival.OTHER);
    }

    @Override
    public boolean apply(SimEvent event) {
        Tab tab = tabs.get(currentTab);
        Page page = tab.current().page();
        switch (event.action()) {
            case ADDRESS -> {
                if (event.value().isBlank()) {
                    return false;
                }
                String typed = event.value().strip();
                Optional<Page> found = task.pages().stream()
                        .filter(p -> normalized(p.address()).equals(normalized(typed))).findFirst();
                tab.go(new Location(found.orElse(null), typed));
                padlockOpen = false;
                arrived(Arrival.TYPED);
            }
            case SEARCH -> {
                if (page == null || page.searchResults() == null || event.value().isBlank()) {
                    return false;
                }
                tab.go(new Location(task.page(page.searchResults()).orElseThrow(), null));
                padlockOpen = false;
                arrived(Arrival.OTHER);
            }
            case FOLLOW, FOLLOW_NEW_TAB -> {
                Optional<Link> link = page == null ? Optional.empty() : page.link(event.target());
                if (link.isEmpty()) {
                    return false;
                }
                Location target = new Location(task.page(link.get().to()).orElseThrow(), null);
                if (event.action().equals(FOLLOW)) {
                    tab.go(target);
                } else {
                    Tab opened = new Tab();
                    opened.go(target);
                    tabs.add(opened);
                    currentTab = tabs.size() - 1;
                }
                padlockOpen = false;
                arrived(event.action().equals(FOLLOW) ? Arrival.LINK : Arrival.NEW_TAB);
            }
            case BACK -> {
                if (tab.position == 0) {
                    return false;
                }
                tab.position--;
                padlockOpen = false;
                arrived(Arrival.OTHER);
            }
            case TAB -> {
                Optional<Integer> number = tabNumber(event.target());
                if (number.isEmpty()) {
                    return false;
                }
                currentTab = number.get();
                padlockOpen = false;
                arrived(Arrival.OTHER);
            }
            case CLOSE_TAB -> {
                Optional<Integer> number = tabNumber(event.target());
                if (number.isEmpty() || tabs.size() == 1) {
                    return false;
                }
                tabs.remove((int) number.get());
                if (currentTab >= number.get() && currentTab > 0) {
                    currentTab--;
                }
                padlockOpen = false;
                arrived(Arrival.OTHER);
            }
            case PADLOCK -> {
                if (page == null) {
                    return false;
                }
                padlockOpen = true;
                for (BrowserSimulation.Step step : task.steps()) {
                    if (step.goal() == Goal.PADLOCK && step.page().equals(page.id())) {
                        done.add(step.id());
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** She is now on the current tab's page: the steps that wanted it are done, those that must avoid it wrong. */
    private void arrived(Arrival how) {
        Page page = current().page();
        if (page == null) {
            return;
        }
        for (BrowserSimulation.Step step : task.steps()) {
            if (done.contains(step.id())) {
                continue;
            }
            if (step.avoid().contains(page.id())) {
                wrong.add(step.id());
            }
            boolean reached = step.page().equals(page.id()) && switch (step.goal()) {
                case VISIT -> true;
                case TYPE_ADDRESS -> how == Arrival.TYPED;
                case NEW_TAB -> how == Arrival.NEW_TAB;
                case PADLOCK -> false;
            };
            if (reached) {
                done.add(step.id());
            }
        }
    }

    private Optional<Integer> tabNumber(String target) {
        try {
            int number = Integer.parseInt(target);
            return number >= 0 && number < tabs.size() ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Addresses compare as people type them: without http(s)://, www. or a final /, in any case. */
    static String normalized(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(),
                wrong.contains(step.id()) ? StepOutcome.WRONG
                        : done.contains(step.id()) ? StepOutcome.RIGHT : StepOutcome.NOT_DONE)).toList();
    }

    // --- What the view shows ---

    public Location current() {
        return tabs.get(currentTab).current();
    }

    /** Each tab's current place, in the order of the tab strip. */
    public List<Location> tabs() {
        return tabs.stream().map(Tab::current).toList();
    }

    public int currentTab() {
        return currentTab;
    }

    public boolean canGoBack() {
        return tabs.get(currentTab).position > 0;
    }

    /** The padlock's information is open on the current page (until she goes elsewhere). */
    public boolean padlockOpen() {
        return padlockOpen;
    }
}
