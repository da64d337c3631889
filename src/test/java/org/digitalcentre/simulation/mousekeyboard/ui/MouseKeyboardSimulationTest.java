package org.digitalcentre.simulation.mousekeyboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * Mouse and keyboard practice in the module player: the practice area shows the target the content names, what the
 * area reports is graded on the server step by step, a half-done try survives leaving, and her teacher sees the
 * failed step and her figures.
 */
class MouseKeyboardSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensThePractice() {
        aminaOpens("test-sim-mouse-keyboard");
    }

    @Test
    void the_area_shows_the_first_target_the_content_names_with_what_to_do_by_mouse_and_by_keyboard() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Click on Mail", "Open the Photos folder", "Type the note with its accents");
        assertThat(area().getAttribute("target")).isEqualTo("open-mail");
        assertThat(area().getAttribute("kind")).isEqualTo("click");
        assertThat(area().getAttribute("label")).isEqualTo("Mail");
        assertThat(instruction()).contains("Step 1 of 7", "Click on “Mail”.", "go to it with Tab, then press Enter");

        report("click", "open-mail", 1200);
        report("double-click", "open-photos", 2000);
        report("right-click", "letter-menu", 1800);

        assertThat(area().getAttribute("kind")).isEqualTo("drag");
        assertThat(area().getAttribute("label")).isEqualTo("Old draft");
        assertThat(area().getAttribute("zone-label")).isEqualTo("Bin");
        assertThat(instruction()).contains("Drag “Old draft” onto “Bin”.");
    }

    @Test
    void a_miss_shows_at_once_the_teacher_sees_the_wrong_step_with_the_figures_and_starting_again_gets_it_right() {
        report("click", "miss", 700);
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-message")).getElement()
                .getTextRecursively()).contains("Missed. Try again.");
        assertThat(area().getAttribute("target")).isEqualTo("open-mail");
        doEverythingRight();
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-done")).getElement()
                .getTextRecursively()).startsWith("Accuracy 88%"); // 7 of 8 actions hit

        clickButton("Check");

        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("wrong");
        assertThat(step("open-mail").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(step("type-note").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "open-mail")), Markdown.class).getContent()).contains("One click, on the Mail button.");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("open-mail:WRONG", "open-photos:RIGHT", "letter-menu:RIGHT",
                "bin-the-draft:RIGHT", "find-signature:RIGHT", "type-address:RIGHT", "type-note:RIGHT");

        clickButton("Start again");
        assertThat(area().getAttribute("target")).isEqualTo("open-mail");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        doEverythingRight();
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(String.join(" | ", _getFormattedRow(attempts, 1))).contains("✗ Click on Mail · ✓ Open the Photos folder",
                "— Accuracy 88%, ");
        assertThat(String.join(" | ", _getFormattedRow(attempts, 0))).contains("✓ Click on Mail", "— Accuracy 100%, 2.0 s per action, ");
    }

    @Test
    void a_line_typed_without_its_accent_says_why_and_keeps_her_text_to_fix() {
        report("click", "open-mail", 1200);
        report("double-click", "open-photos", 2000);
        report("right-click", "letter-menu", 1800);
        report("drop-on", "bin-the-draft", 2500);
        report("scrolled-to", "find-signature", 1500);
        type("amina.diallo@exemple.fr");
        assertThat(instruction()).contains("Step 7 of 7");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-typing")).getElement()
                .getTextRecursively()).contains("Réunion à 14 h, café");

        type("Reunion a 14 h, cafe");

        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-message")).getElement()
                .getTextRecursively()).contains("Almost: look at the accents");
        assertThat(typedField().getValue()).isEqualTo("Reunion a 14 h, cafe");
        type("Réunion à 14 h, café");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-done")).isVisible()).isTrue();
        clickButton("Check");
        assertThat(step("type-note").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(step("type-address").getAttribute("data-outcome")).isEqualTo("right");
    }

    @Test
    void a_half_done_try_is_there_again_when_she_comes_back() {
        report("click", "open-mail", 1200);
        report("double-click", "open-photos", 2000);
        assertThat(learning.draftOf(amina(), "test-sim-mouse-keyboard", "tidy-the-desktop"))
                .hasSize(2);

        open("home");
        open("module/test-sim-mouse-keyboard");

        assertThat(area().getAttribute("target")).isEqualTo("letter-menu");
        assertThat(instruction()).contains("Step 3 of 7", "Right-click on “Town hall letter”.",
                "press the Menu key, or Shift and F10");
    }

    @Test
    void an_action_on_a_target_not_shown_is_refused_and_changes_nothing() {
        report("click", "letter-menu", 100);
        report("scrolled-to", "open-mail", 100);

        assertThat(area().getAttribute("target")).isEqualTo("open-mail");
        assertThat(learning.draftOf(amina(), "test-sim-mouse-keyboard", "tidy-the-desktop"))
                .isEmpty();
    }

    private static void doEverythingRight() {
        report("click", "open-mail", 1500);
        report("double-click", "open-photos", 2500);
        report("right-click", "letter-menu", 2000);
        report("drop-on", "bin-the-draft", 3000);
        report("scrolled-to", "find-signature", 1000);
        type("amina.diallo@exemple.fr");
        type("Réunion à 14 h, café");
    }

    /** What the practice area reports when she acts, as the browser sends it. */
    private static void report(String action, String target, long millis) {
        JsonObject data = Json.createObject();
        data.put(PointerPractice.ACTION, action);
        data.put(PointerPractice.TARGET, target);
        data.put(PointerPractice.MILLIS, millis);
        _fireDomEvent(_get(PointerPractice.class), PointerPractice.EVENT, data);
    }

    private static void type(String line) {
        _setValue(typedField(), line);
        _get(Button.class, spec -> spec.withText("Confirm")).click();
    }

    private static TextField typedField() {
        return _get(TextField.class, spec -> spec.withLabel("Your text"));
    }

    private static com.vaadin.flow.dom.Element area() {
        return _get(PointerPractice.class).getElement();
    }

    private static String instruction() {
        return _get(Div.class, spec -> spec.withClasses("sim-mouse-keyboard-instruction")).getElement()
                .getTextRecursively();
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }
}
