package org.digitalcentre.content;

import java.util.List;
import java.util.Optional;

/**
 * A web browser with made-up pages: an address bar, links (some of them ads), Back, tabs and the padlock. She starts
 * on {@code start}; each step is a page to reach in a given way, and may name pages to {@code avoid} (an ad, a fake
 * site): reaching one before the step is done makes the step wrong.
 */
public record BrowserSimulation(String id, LocalizedText prompt, LocalizedText scenario, String start,
                                List<Page> pages, List<Step> steps, Feedback feedback, LocalizedText hint)
        implements Simulation {

    public BrowserSimulation {
        pages = List.copyOf(pages);
        steps = List.copyOf(steps);
    }

    public Optional<Page> page(String pageId) {
        return pages.stream().filter(p -> p.id().equals(pageId)).findFirst();
    }

    /**
     * A made-up web page. {@code text} (Markdown) may be null; {@code searchResults} names the page a search from
     * this page leads to, or is null when the page has no search box.
     */
    public record Page(String id, String address, LocalizedText title, LocalizedText text, boolean secure,
                       String searchResults, List<Link> links) {

        public Page {
            links = List.copyOf(links);
        }

        public Optional<Link> link(String linkId) {
            return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
        }
    }

    /** A link to another page; an {@code ad} is shown marked as an advert, as search engines do. */
    public record Link(String id, LocalizedText text, String to, boolean ad) {
    }

    /** How a step's page must be reached. */
    public enum Goal {
        /** Be on the page, however she got there. */
        VISIT("visit"),
        /** Reach it by typing its address in the address bar. */
        TYPE_ADDRESS("type-address"),
        /** Open it in a new tab, from a link. */
        NEW_TAB("new-tab"),
        /** Open the padlock's information on it. */
        PADLOCK("padlock");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml. */
        public String written() {
            return written;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    public record Step(String id, LocalizedText label, Goal goal, String page, List<String> avoid,
                       LocalizedText wrong) implements SimulationStep {

        public Step {
            avoid = List.copyOf(avoid);
        }
    }
}
