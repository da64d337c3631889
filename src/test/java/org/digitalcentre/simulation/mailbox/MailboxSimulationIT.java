package org.digitalcentre.simulation.mailbox;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mailbox simulation in a real browser, as a learner uses it: she sorts the bank's e-mail as a scam, taps a
 * sentence that is no sign of a scam along with the real signs and sees why that step is not right, starts again,
 * taps the signs with the keyboard, sorts the parcel text message, replies to Mrs Martin with her CV attached from the
 * file picker, and gets it right; her teacher sees which step she failed. Audited with axe for WCAG 2.2 A and AA.
 */
class MailboxSimulationIT extends SimulationBrowserTest {

    private static final List<String> BANK_CLUES = List.of("alerte@tilleuls-secur1te.net", "URGENT",
            "Votre carte est bloqué", "tilleuls-verif.net/carte");

    @Test
    void a_learner_taps_a_wrong_clue_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-mailbox");
        waitForText("Triez vos messages, puis envoyez votre CV à Mme Martin.");
        assertAccessible("the mailbox simulation");
        everySenderInTheListIsShownWhole();

        openMessage("bank");
        press("Arnaque");
        assertThat(find(By.cssSelector(".sim-mailbox-scam")).getAttribute("aria-pressed")).isEqualTo("true");
        tap("Cliquez vite sur");
        BANK_CLUES.forEach(this::tap);
        assertAccessible("a message with its parts to tap");

        press("Vérifier");
        waitForText("Pas réussi : Touchez les signes d'arnaque de cet e-mail");
        assertThat(result()).isEqualTo("wrong");
        assertStep("sort-bank", "right");
        assertStep("bank-clues", "wrong");
        assertStep("reply-cv", "not_done");
        assertThat(find(By.cssSelector(".sim-step[data-step='bank-clues']")).getText())
                .contains("Touchez seulement les signes");
        assertAccessible("a simulation with its feedback");

        press("Recommencer");
        openMessage("bank");
        press("Arnaque");
        for (String clue : BANK_CLUES) {
            WebElement part = part(clue);
            part.sendKeys(Keys.SPACE);
            waitForVaadin();
            wait.until(d -> "true".equals(part(clue).getAttribute("aria-pressed")));
        }
        press("SMS");
        openMessage("parcel");
        press("Arnaque");
        press("Boîte de réception");
        openMessage("martin");
        press("Répondre");
        assertThat(textField("À").getAttribute("value")).isEqualTo("sophie.martin@bellecombe-emploi.fr");
        WebElement message = find(By.xpath("//vaadin-text-area[.//label[normalize-space(.)='Message']]//textarea"));
        message.click();
        message.sendKeys("Bonjour Madame Martin, voici mon CV. Amina Diallo");
        waitForVaadin();
        press("Joindre un fichier");
        waitForText("Choisissez un fichier");
        assertAccessible("the file picker");
        press("cv-amina-diallo.pdf");
        wait.until(d -> !d.findElements(By.cssSelector(".sim-mailbox-attachment[data-file='cv-amina-diallo.pdf']"))
                .isEmpty());
        assertAccessible("a reply with its attachment");
        press("Envoyer");
        waitForText("Message envoyé à sophie.martin@bellecombe-emploi.fr.");

        press("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Touchez les signes d'arnaque de cet e-mail")
                .contains("✓ Touchez les signes d'arnaque de cet e-mail");
    }

    /** At 1366 px and narrower, no sender of the list is cut with "…": each label shows all its words. */
    private void everySenderInTheListIsShownWhole() {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        try {
            for (int width : new int[] {1366, 1024}) {
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth"))
                        .intValue() <= width);
                Object cut = ((JavascriptExecutor) driver).executeScript("""
                        const items = [...document.querySelectorAll('.sim-mailbox-item')];
                        if (items.length === 0) { return 'no message in the list'; }
                        return items.filter(item => {
                                const label = item.shadowRoot.querySelector('[part="label"]');
                                return label.scrollWidth > label.clientWidth + 1
                                    || label.scrollHeight > label.clientHeight + 1
                                    || getComputedStyle(label).textOverflow === 'ellipsis';
                            }).map(item => item.textContent.trim()).join(' | ');""");
                assertThat(cut).as("senders cut at " + width + " px").isEqualTo("");
            }
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** Clicks the button with these words, once scrolled to the middle of the screen, as she would. */
    private void press(String text) {
        WebElement button = find(By.xpath("//vaadin-button[contains(normalize-space(.), " + literal(text) + ")]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(button)).click();
        waitForVaadin();
    }

    private void openMessage(String messageId) {
        WebElement item = find(By.cssSelector("vaadin-button.sim-mailbox-item[data-message='" + messageId + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click();
        waitForVaadin();
        wait.until(d -> messageId.equals(d.findElement(By.cssSelector(".sim-mailbox-pane")).getAttribute("data-pane")));
    }

    /** A part of the open message, scrolled to the middle of the screen. */
    private WebElement part(String text) {
        WebElement part = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-button[contains(@class,'sim-mailbox-part')][normalize-space(.)=" + literal(text)
                        + "]")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", part);
        return part;
    }

    private void tap(String text) {
        part(text).click();
        waitForVaadin();
        wait.until(d -> "true".equals(part(text).getAttribute("aria-pressed")));
    }
}
