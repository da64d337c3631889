package org.digitalcentre.simulation.browser.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.progress.DifficultExercise;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The browser simulation in the module player: it gets its pages from the content, every move she makes is graded
 * on the server step by step, a half-done try survives leaving, and her teacher sees which step she failed.
 */
class BrowserSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensTheBrowserTask() {
        aminaOpens("test-sim-browser");
    }

    @Test
    void the_task_shows_its_scenario_its_steps_and_its_first_page() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You live in Bellecombe.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Type the address www.trouvetout.fr", "Open the opening hours on the official site");
        assertThat(page()).isEqualTo("new-tab");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Address")).getValue()).isEqualTo("accueil");
        assertThat(_get(Button.class, spec -> spec.withText("Previous page")).isEnabled()).isFalse();
    }

    @Test
    void an_ad_makes_that_step_wrong_with_why_the_teacher_sees_it_and_starting_again_gets_it_right() {
        typeAddress("www.trouvetout.fr");
        search("mairie bellecombe horaires");
        follow("Town hall hours in 1 click — fast service");
        assertThat(page()).isEqualTo("fake-site");
        clickButton("Previous page");
        follow("Bellecombe town hall — official site");
        follow("Opening hours");
        assertThat(page()).isEqualTo("hours");

        clickButton("Check");

        Div feedback = _get(Div.class, spec -> spec.withClasses("feedback"));
        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("wrong");
        assertThat(step("go-to-search").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(step("official-site").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "official-site")), Markdown.class).getContent()).contains("That link was an ad.");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("go-to-search:RIGHT", "official-site:WRONG");
        assertThat(learning.attemptsOf(learner)).singleElement().satisfies(attempt -> assertThat(attempt.steps())
                .as("teachers read the steps as stored, nothing replayed").extracting(StepResult::outcome)
                .containsExactly(StepOutcome.RIGHT, StepOutcome.WRONG));
        assertThat(learning.draftOf(learner, "test-sim-browser", "town-hall-hours")).isEmpty();

        clickButton("Start again");
        assertThat(page()).isEqualTo("new-tab");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        typeAddress("www.trouvetout.fr");
        search("mairie bellecombe");
        follow("Bellecombe town hall — official site");
        follow("Opening hours");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_getFormattedRow(attempts, 1)).contains("Find the town hall's opening hours on its official site.",
                "✓ Type the address www.trouvetout.fr · ✗ Open the opening hours on the official site");
        assertThat(_getFormattedRow(attempts, 0)).contains(
                "✓ Type the address www.trouvetout.fr · ✓ Open the opening hours on the official site");
    }

    @Test
    void a_half_done_try_is_there_again_when_she_comes_back() {
        typeAddress("www.trouvetout.fr");
        search("mairie");
        assertThat(learning.draftOf(amina(), "test-sim-browser", "town-hall-hours")).hasSize(2);

        open("home");
        open("module/test-sim-browser");

        assertThat(page()).isEqualTo("results");
        clickButton("Previous page");
        assertThat(page()).isEqualTo("search");
    }

    @Test
    void a_link_opens_in_a_new_tab_from_its_menu_and_tabs_switch_and_close() {
        typeAddress("www.trouvetout.fr");
        search("mairie");

        _clickItemWithCaption(_get(ContextMenu.class, spec -> spec.withClasses("sim-browser-link-menu")
                .withAttribute("data-link", "official-link")), "Open in a new tab");

        assertThat(page()).isEqualTo("town-hall");
        assertThat(_find(Button.class, spec -> spec.withClasses("sim-browser-tab"))).extracting(Button::getText)
                .containsExactly("Results", "Bellecombe town hall");
        _click(_get(Button.class, spec -> spec.withClasses("sim-browser-tab").withText("Results")));
        assertThat(page()).isEqualTo("results");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Close tab 2")));
        assertThat(_find(Button.class, spec -> spec.withClasses("sim-browser-tab"))).hasSize(1);
    }

    @Test
    void a_wrong_address_shows_a_page_not_found_and_the_padlock_says_whether_a_site_is_safe() {
        typeAddress("www.trouvtout.fr");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-browser-page")).getElement().getTextRecursively())
                .contains("Page not found", "No website at “www.trouvtout.fr”.");

        typeAddress("www.demarches-express.biz");
        clickButton("Padlock");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-browser-padlock-info")).getElement()
                .getTextRecursively()).contains("Not secure");
    }

    @Test
    void checking_before_doing_anything_asks_her_to_do_the_task_and_records_nothing() {
        clickButton("Check");

        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getTextRecursively())
                .contains("First do the exercise in the window.");
        assertThat(learning.attemptsOf(amina())).isEmpty();
    }

    @Test
    void the_teacher_sees_which_step_of_a_simulation_the_group_failed_at_the_first_try() {
        typeAddress("www.trouvetout.fr");
        search("mairie");
        follow("Town hall hours in 1 click — fast service");
        clickButton("Previous page");
        follow("Bellecombe town hall — official site");
        follow("Opening hours");
        clickButton("Check");
        clickButton("Start again");
        typeAddress("www.trouvetout.fr");
        clickButton("Check");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("difficult/" + cohort.id());

        @SuppressWarnings("unchecked")
        Grid<DifficultExercise> exercises = _get(Grid.class, spec -> spec.withClasses("difficult-grid"));
        assertThat(_getFormattedRow(exercises, 0)).contains("Find the town hall's opening hours on its official site.",
                "0 of 1 (0%)", "Step “Type the address www.trouvetout.fr”: failed by 0 of 1 · "
                        + "Step “Open the opening hours on the official site”: failed by 1 of 1");
    }

    private static String page() {
        return _get(Div.class, spec -> spec.withClasses("sim-browser-page")).getElement().getAttribute("data-page");
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }

    private static void typeAddress(String address) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Address")), address);
        clickButton("Go");
    }

    private static void search(String words) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Words to search")), words);
        clickButton("Search");
    }

    private static void follow(String linkText) {
        _click(_get(Button.class, spec -> spec.withClasses("sim-browser-link").withText(linkText)));
    }
}
