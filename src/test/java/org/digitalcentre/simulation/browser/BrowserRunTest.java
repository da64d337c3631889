package org.digitalcentre.simulation.browser;

import org.digitalcentre.content.BrowserSimulation;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser task of the simulation fixtures: type www.trouvetout.fr, search, then reach the opening hours on the
 * official site without following the ad. Graded by replaying the events, as the server does.
 */
class BrowserRunTest {

    static final BrowserSimulation TASK = (BrowserSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-browser").orElseThrow()
            .exercise("town-hall-hours").orElseThrow();

    private static final SimEvent TYPE_SEARCH_ENGINE = new SimEvent(BrowserRun.ADDRESS, "", "https://www.TrouveTout.fr/");
    private static final SimEvent SEARCH = new SimEvent(BrowserRun.SEARCH, "", "horaires mairie bellecombe");
    private static final SimEvent OFFICIAL = SimEvent.of(BrowserRun.FOLLOW, "official-link");
    private static final SimEvent AD = SimEvent.of(BrowserRun.FOLLOW, "ad-link");
    private static final SimEvent HOURS = SimEvent.of(BrowserRun.FOLLOW, "hours-link");

    @Test
    void the_right_way_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TYPE_SEARCH_ENGINE, SEARCH, OFFICIAL, HOURS));

        assertThat(grade.steps()).containsExactly(new StepResult("go-to-search", StepOutcome.RIGHT),
                new StepResult("official-site", StepOutcome.RIGHT));
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void following_the_ad_makes_that_step_wrong_even_after_going_back_to_the_official_site() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TYPE_SEARCH_ENGINE, SEARCH, AD,
                SimEvent.of(BrowserRun.BACK), OFFICIAL, HOURS));

        assertThat(grade.steps()).containsExactly(new StepResult("go-to-search", StepOutcome.RIGHT),
                new StepResult("official-site", StepOutcome.WRONG));
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isEqualTo(50);
    }

    @Test
    void stopping_half_way_leaves_the_last_step_not_done() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TYPE_SEARCH_ENGINE, SEARCH, OFFICIAL));

        assertThat(grade.steps()).extracting(StepResult::outcome)
                .containsExactly(StepOutcome.RIGHT, StepOutcome.NOT_DONE);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.refused()).isFalse();
    }

    @Test
    void reaching_a_page_by_a_link_does_not_count_as_typing_its_address() {
        BrowserRun run = new BrowserRun(TASK);
        run.apply(new SimEvent(BrowserRun.ADDRESS, "", "www.mairie-bellecombe.fr"));
        run.apply(HOURS);

        assertThat(run.steps()).extracting(StepResult::outcome)
                .containsExactly(StepOutcome.NOT_DONE, StepOutcome.RIGHT);
    }

    @Test
    void a_mistyped_address_leads_to_a_page_not_found_and_back_works() {
        BrowserRun run = new BrowserRun(TASK);

        assertThat(run.apply(new SimEvent(BrowserRun.ADDRESS, "", "www.trouvtout.fr"))).isTrue();
        assertThat(run.current().page()).isNull();
        assertThat(run.current().typedAddress()).isEqualTo("www.trouvtout.fr");
        assertThat(run.apply(SimEvent.of(BrowserRun.PADLOCK))).as("no padlock on a page that does not exist")
                .isFalse();
        assertThat(run.apply(SimEvent.of(BrowserRun.BACK))).isTrue();
        assertThat(run.current().page().id()).isEqualTo("new-tab");
    }

    @Test
    void a_link_opened_in_a_new_tab_adds_a_tab_and_tabs_can_be_switched_and_closed() {
        BrowserRun run = new BrowserRun(TASK);
        run.apply(TYPE_SEARCH_ENGINE);
        run.apply(SEARCH);

        assertThat(run.apply(SimEvent.of(BrowserRun.FOLLOW_NEW_TAB, "official-link"))).isTrue();
        assertThat(run.tabs()).hasSize(2);
        assertThat(run.currentTab()).isEqualTo(1);
        assertThat(run.current().page().id()).isEqualTo("town-hall");
        assertThat(run.canGoBack()).as("a new tab has no history").isFalse();

        assertThat(run.apply(SimEvent.of(BrowserRun.TAB, "0"))).isTrue();
        assertThat(run.current().page().id()).isEqualTo("results");
        assertThat(run.apply(SimEvent.of(BrowserRun.CLOSE_TAB, "1"))).isTrue();
        assertThat(run.tabs()).hasSize(1);
        assertThat(run.apply(SimEvent.of(BrowserRun.CLOSE_TAB, "0"))).as("the last tab stays").isFalse();
    }

    @Test
    void the_padlock_tells_a_secure_page_from_an_unsafe_one() {
        BrowserRun run = new BrowserRun(TASK);
        run.apply(TYPE_SEARCH_ENGINE);
        run.apply(SEARCH);
        run.apply(AD);

        assertThat(run.apply(SimEvent.of(BrowserRun.PADLOCK))).isTrue();
        assertThat(run.padlockOpen()).isTrue();
        assertThat(run.current().page().secure()).isFalse();
        run.apply(SimEvent.of(BrowserRun.BACK));
        assertThat(run.padlockOpen()).as("closed once she goes elsewhere").isFalse();
    }

    @Test
    void an_event_the_page_could_not_produce_refuses_the_whole_try() {
        List<List<SimEvent>> tampered = List.of(
                List.of(OFFICIAL),                                         // no such link on the first page
                List.of(TYPE_SEARCH_ENGINE, SimEvent.of(BrowserRun.FOLLOW, "hours-link")),
                List.of(SimEvent.of(BrowserRun.BACK)),                      // nothing to go back to
                List.of(SimEvent.of(BrowserRun.TAB, "3")),                  // no such tab
                List.of(SimEvent.of(BrowserRun.TAB, "one")),
                List.of(new SimEvent(BrowserRun.SEARCH, "", "mairie")),     // no search box on the first page
                List.of(TYPE_SEARCH_ENGINE, new SimEvent(BrowserRun.SEARCH, "", "  ")),
                List.of(new SimEvent(BrowserRun.ADDRESS, "", "")),
                List.of(SimEvent.of("teleport", "hours")));

        for (List<SimEvent> events : tampered) {
            List<SimEvent> withTheRightWayAfter = new ArrayList<>(events);
            withTheRightWayAfter.addAll(List.of(TYPE_SEARCH_ENGINE, SEARCH, OFFICIAL, HOURS));
            SimulationGrade grade = Simulations.grade(TASK, withTheRightWayAfter);
            assertThat(grade.refused()).as("refused: %s", events).isTrue();
            assertThat(grade.correct()).isFalse();
            assertThat(grade.score()).isZero();
            assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
        }
    }

    @Test
    void more_events_than_any_real_try_needs_are_refused() {
        List<SimEvent> flood = new ArrayList<>(Collections.nCopies(Simulations.MAX_EVENTS,
                new SimEvent(BrowserRun.ADDRESS, "", "www.trouvetout.fr")));
        flood.addAll(List.of(SEARCH, OFFICIAL, HOURS));

        assertThat(Simulations.grade(TASK, flood).refused()).isTrue();
    }
}
