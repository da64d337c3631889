package org.digitalcentre.simulation.spreadsheet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The spreadsheet in the module player: its cells come from the content, formulas are worked out on the server, the
 * graded steps are stored with the attempt, and a half-done sheet survives leaving.
 */
class SpreadsheetSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensTheBudget() {
        aminaOpens("test-sim-spreadsheet");
    }

    @Test
    void the_sheet_shows_the_authors_cells_in_her_language_and_they_cannot_be_changed() {
        assertThat(cell("A2").getText()).isEqualTo("Rent");
        assertThat(cell("B3").getText()).isEqualTo("320");
        assertThat(cell("B2").getText()).isEmpty();
        assertThat(cell("B2").getElement().getAttribute("aria-label")).isEqualTo("Cell B2: empty");

        _click(cell("A2"));
        assertThat(content().getLabel()).isEqualTo("Content of cell A2");
        assertThat(content().isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Confirm")).isEnabled()).isFalse();
    }

    @Test
    void a_wrong_rent_is_not_right_with_why_and_the_right_sheet_is_recorded_step_by_step() {
        type("B2", "540");
        type("B4", "=SOMME(B2:B3)");
        assertThat(cell("B4").getText()).isEqualTo("860");
        _click(cell("B4"));
        clickButton("Euro format");
        assertThat(cell("B4").getText()).isEqualTo("€860.00");

        clickButton("Check");

        assertThat(step("rent").getElement().getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(step("rent"), Markdown.class).getContent()).isEqualTo("Sophie's rent is 450 €.");
        assertThat(step("total").getElement().getAttribute("data-outcome")).as("860 is not the right total")
                .isEqualTo("wrong");
        assertThat(step("euros").getElement().getAttribute("data-outcome")).isEqualTo("right");

        type("B2", "450");
        assertThat(cell("B4").getText()).as("the formula follows B2").isEqualTo("€770.00");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .as("graded on the result: once corrected, the sheet is right").isEqualTo("right");

        assertThat(gradedSteps()).containsExactly("rent:WRONG", "total:WRONG", "euros:RIGHT",
                "rent:RIGHT", "total:RIGHT", "euros:RIGHT");
    }

    @Test
    void a_formula_with_a_mistake_shows_an_error_in_the_cell() {
        type("B4", "=SOMME(B2:B3");

        assertThat(cell("B4").getText()).isEqualTo("#ERROR");
    }

    @Test
    void a_half_done_sheet_is_there_again_when_she_comes_back_and_start_again_empties_it() {
        type("B2", "450");

        open("home");
        open("module/test-sim-spreadsheet");

        assertThat(cell("B2").getText()).isEqualTo("450");
        clickButton("Start again");
        assertThat(cell("B2").getText()).isEmpty();
        assertThat(learning.draftOf(amina(), "test-sim-spreadsheet", "small-budget")).isEmpty();
    }

    private static Button cell(String reference) {
        return _get(Button.class, spec -> spec.withClasses("sim-sheet-cell").withAttribute("data-cell", reference));
    }

    private static TextField content() {
        return _get(TextField.class, spec -> spec.withClasses("sim-sheet-content"));
    }

    private static Div step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId));
    }

    private static void type(String reference, String typed) {
        _click(cell(reference));
        _setValue(content(), typed);
        clickButton("Confirm");
    }
}
