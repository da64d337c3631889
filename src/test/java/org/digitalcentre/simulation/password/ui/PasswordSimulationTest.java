package org.digitalcentre.simulation.password.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.Choice;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The password workshop in the module player: it gets its facts, strength and ways to keep the password from the
 * content, the meter and the advice come from the server as she types, her try is graded step by step, a half-done
 * try survives leaving, and her teacher sees which step she failed but never what she typed.
 */
class PasswordSimulationTest extends SimulationKaribuTest {

    private static final String PASSPHRASE = "tortue-piano-soleil-lune";

    @BeforeEach
    void aminaOpensThePasswordTask() {
        aminaOpens("test-sim-password");
    }

    @Test
    void the_task_shows_the_warning_the_facts_to_leave_out_the_target_and_the_ways_to_keep_it() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Put nothing about you in it", "At least 15 characters", "Reach “Very strong”");
        assertThat(text("sim-password-warning")).contains("Never type your real password here");
        assertThat(text("sim-password-facts")).contains("Your first name: Amina", "Your birth year: 1987",
                "Your daughter’s name: Fatou", "Your town: Bellecombe");
        assertThat(text("sim-password-meter")).contains("Needed: Very strong", "Strength: nothing written",
                "0 characters (at least 15)");
        assertThat(ways().getListDataView().getItems().map(way -> way.text().in("en")))
                .containsExactly("In a notebook hidden at home", "On a note stuck on the screen",
                        "I send it to myself by text message");
    }

    @Test
    void the_meter_and_the_advice_follow_what_she_types_and_show_shows_it() {
        _setValue(password(), "Fatou1987");

        assertThat(meter().getElement().getAttribute("data-score")).isEqualTo("1");
        assertThat(text("sim-password-meter")).contains("Strength: Weak", "9 characters (at least 15)",
                "Take out: Your daughter’s name.", "Take out: Your birth year.");
        assertThat(_get(ProgressBar.class, spec -> spec.withClasses("sim-password-bar")).getValue()).isEqualTo(2);

        _setValue(password(), PASSPHRASE);
        assertThat(meter().getElement().getAttribute("data-score")).isEqualTo("4");
        assertThat(text("sim-password-meter")).contains("Strength: Very strong", "Good. This password is hard");
        assertThat(_get(ProgressBar.class, spec -> spec.withClasses("sim-password-bar")).getValue()).isEqualTo(5);

        clickButton("Show");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("New password")).getValue()).isEqualTo(PASSPHRASE);
        clickButton("Hide");
        assertThat(password().getValue()).isEqualTo(PASSPHRASE);
    }

    @Test
    void a_note_on_the_screen_is_wrong_with_why_the_teacher_sees_the_step_not_the_password_and_start_again_resets() {
        _setValue(password(), PASSPHRASE);
        _setValue(confirm(), PASSPHRASE);
        assertThat(text("sim-password-same")).contains("The two are the same.");
        chooseWay("sticky-note");

        clickButton("Check");

        Div feedback = _get(Div.class, spec -> spec.withClasses("feedback"));
        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("wrong");
        assertThat(step("strong").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(step("keep-it").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", "keep-it")),
                Markdown.class).getContent()).contains("On the screen or in a text message, others can read it.");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("no-facts:RIGHT", "long:RIGHT", "strong:RIGHT", "same-twice:RIGHT",
                "keep-it:WRONG");

        clickButton("Start again");
        assertThat(password().getValue()).isEmpty();
        assertThat(confirm().getValue()).isEmpty();
        assertThat(ways().getValue()).isNull();
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        assertThat(learning.draftOf(learner, "test-sim-password", "new-account")).isEmpty();
        _setValue(password(), PASSPHRASE);
        _setValue(confirm(), PASSPHRASE);
        chooseWay("notebook");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        String failed = _getFormattedRow(attempts, 1).toString();
        assertThat(failed).contains("Make up a strong passphrase for your account.",
                "✓ Reach “Very strong”", "✗ Choose where to keep it").doesNotContain(PASSPHRASE);
        assertThat(_getFormattedRow(attempts, 0).toString()).contains("✓ Choose where to keep it")
                .doesNotContain(PASSPHRASE);
    }

    @Test
    void two_different_texts_make_the_confirm_step_wrong_with_why() {
        _setValue(password(), PASSPHRASE);
        _setValue(confirm(), "tortue-piano-soleil-lun");
        assertThat(text("sim-password-same")).contains("The two are not the same.");

        clickButton("Check");

        assertThat(step("same-twice").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "same-twice")), Markdown.class).getContent()).contains("The two are not the same.");
    }

    @Test
    void a_half_done_try_is_there_again_when_she_comes_back_without_the_password_she_types_it_again() {
        _setValue(password(), "girafe");
        _setValue(password(), PASSPHRASE);
        chooseWay("notebook");
        assertThat(learning.draftOf(amina(), "test-sim-password", "new-account")).hasSize(3)
                .noneMatch(event -> event.value().contains("girafe") || event.value().contains(PASSPHRASE));

        open("home");
        open("module/test-sim-password");

        assertThat(password().getValue()).isEmpty();
        assertThat(confirm().getValue()).isEmpty();
        assertThat(ways().getValue().id()).isEqualTo("notebook");
        assertThat(text("sim-password-not-kept")).isEqualTo(
                "For your safety, the password you typed is never kept. Type it again.");
        _setValue(password(), PASSPHRASE);
        _setValue(confirm(), PASSPHRASE);
        assertThat(meter().getElement().getAttribute("data-score")).isEqualTo("4");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");
    }

    private static PasswordField password() {
        return _get(PasswordField.class, spec -> spec.withLabel("New password"));
    }

    private static PasswordField confirm() {
        return _get(PasswordField.class, spec -> spec.withLabel("Type it again"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Choice> ways() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Where do you keep this password?"));
    }

    private static void chooseWay(String wayId) {
        RadioButtonGroup<Choice> ways = ways();
        _setValue(ways, ways.getListDataView().getItems().filter(way -> way.id().equals(wayId)).findFirst()
                .orElseThrow());
    }

    private static Div meter() {
        return _get(Div.class, spec -> spec.withClasses("sim-password-meter"));
    }

    private static String text(String className) {
        return _get(Div.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }
}
