package org.digitalcentre.simulation.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The mailbox simulation in the module player: it gets its messages and files from the content, sorting, clues and
 * the reply are graded on the server step by step, a half-done try survives leaving, and her teacher sees which
 * step she failed.
 */
class MailboxSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensTheMailboxTask() {
        aminaOpens("test-sim-mailbox");
    }

    @Test
    void the_task_shows_its_scenario_its_steps_and_the_inbox_from_the_content() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Sort the e-mail from the bank", "Reply to Mrs Martin with your CV");
        assertThat(_find(Button.class, spec -> spec.withClasses("sim-mailbox-item"))).extracting(Button::getText)
                .containsExactly("sophie.martin@bellecombe-emploi.fr — Your CV",
                        "alerte@tilleuls-secur1te.net — URGENT: card blocked");
        clickButton("Text messages");
        assertThat(_find(Button.class, spec -> spec.withClasses("sim-mailbox-item"))).extracting(Button::getText)
                .containsExactly("06 12 34 56 78 — Livrello: your parcel is blocked. Pay €1.99 on li…");
        openMessage("parcel");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mailbox-pane")).getElement().getTextRecursively())
                .contains("Text message from 06 12 34 56 78");
    }

    @Test
    void a_wrong_clue_shows_why_the_teacher_sees_it_and_untapping_it_then_checking_again_gets_it_right() {
        openMessage("bank");
        clickButton("Scam");
        tap("Click quickly on");
        doTheRestRight();

        clickButton("Check");

        Div feedback = _get(Div.class, spec -> spec.withClasses("feedback"));
        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("wrong");
        assertThat(step("sort-bank").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(step("bank-clues").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "bank-clues")), Markdown.class).getContent()).contains("Tap only the signs");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("sort-bank:RIGHT", "bank-clues:WRONG", "sort-parcel:RIGHT",
                "reply-cv:RIGHT");
        assertThat(learning.draftOf(learner, "test-sim-mailbox", "sort-and-reply")).isEmpty();

        // No "Start again": the wrong part is tapped again to untap it, and the answer checked again.
        openMessage("bank");
        tap("Click quickly on", false);
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_getFormattedRow(attempts, 1)).contains("✓ Sort the e-mail from the bank · ✗ Tap the signs of a "
                + "scam in this e-mail · ✓ Sort the text message about the parcel · ✓ Reply to Mrs Martin with your CV");
        assertThat(_getFormattedRow(attempts, 0)).contains("✓ Sort the e-mail from the bank · ✓ Tap the signs of a "
                + "scam in this e-mail · ✓ Sort the text message about the parcel · ✓ Reply to Mrs Martin with your CV");
    }

    @Test
    void a_half_done_reply_is_there_again_when_she_comes_back() {
        openMessage("martin");
        clickButton("Reply");
        assertThat(_get(TextField.class, spec -> spec.withLabel("To")).getValue())
                .isEqualTo("sophie.martin@bellecombe-emploi.fr");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Subject")).getValue()).isEqualTo("Re: Your CV");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "Here is my CV.");
        attach("cv-amina-diallo.pdf");
        assertThat(learning.draftOf(amina(), "test-sim-mailbox", "sort-and-reply")).hasSize(4);

        open("home");
        open("module/test-sim-mailbox");

        assertThat(_get(TextArea.class, spec -> spec.withLabel("Message")).getValue()).isEqualTo("Here is my CV.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mailbox-attachment")).getElement()
                .getAttribute("data-file")).isEqualTo("cv-amina-diallo.pdf");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove cv-amina-diallo.pdf")));
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-mailbox-attachment"))).isEmpty();
        clickButton("Cancel");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Message"))).isEmpty();
    }

    @Test
    void a_message_without_an_address_is_not_sent() {
        clickButton("Write");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject")), "My CV");
        clickButton("Send");

        TextField to = _get(TextField.class, spec -> spec.withLabel("To"));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Write the address in the To box.");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-mailbox-status"))).as("nothing sent").isEmpty();
    }

    private void doTheRestRight() {
        for (String clue : List.of("alerte@tilleuls-secur1te.net", "URGENT", "Your card are blocked",
                "tilleuls-verif.net/carte")) {
            tap(clue);
        }
        clickButton("Text messages");
        openMessage("parcel");
        clickButton("Scam");
        clickButton("Inbox");
        openMessage("martin");
        clickButton("Reply");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "Hello, here is my CV. Amina Diallo");
        attach("cv-amina-diallo.pdf");
        clickButton("Send");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-mailbox-status")).getElement().getTextRecursively())
                .contains("Message sent to sophie.martin@bellecombe-emploi.fr.");
    }

    private static void tap(String text) {
        tap(text, true);
    }

    /** Taps a part of the open message; tapping one already on takes it off. */
    private static void tap(String text, boolean expectedOn) {
        Button part = _get(Button.class, spec -> spec.withClasses("sim-mailbox-part").withText(text));
        _click(part);
        assertThat(part.getElement().getAttribute("aria-pressed")).isEqualTo(String.valueOf(expectedOn));
    }

    private static void attach(String file) {
        clickButton("Attach a file");
        _click(_get(Button.class, spec -> spec.withClasses("sim-mailbox-file").withText(file)));
    }

    private static void openMessage(String messageId) {
        _click(_get(Button.class, spec -> spec.withClasses("sim-mailbox-item").withAttribute("data-message",
                messageId)));
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }
}
