package org.digitalcentre.simulation.mousekeyboard;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mouse and keyboard practice in a real browser, as a learner uses it: she clicks beside the first target and sees at
 * once that she missed, then clicks, double-clicks, right-clicks, drags the draft onto the bin, scrolls with the
 * wheel and types an address and a line with accents; Check says why the first step is not right. She starts again
 * and does it right, part of it with the keyboard (Enter, Shift+F10). Her teacher sees the failed step and her
 * figures. Audited with axe for WCAG 2.2 A and AA.
 */
class MouseKeyboardSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_misses_a_target_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-mouse-keyboard");
        waitForText("Faites chaque geste, puis tapez les deux lignes.");
        WebElement mail = target("open-mail");
        assertThat(mail.getText()).isEqualTo("Messagerie");
        assertThat(mail.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertAccessible("the mouse and keyboard practice");

        WebElement area = find(By.cssSelector(".dc-pp-stage"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", area);
        Dimension size = area.getSize();
        new Actions(driver).moveToElement(area, size.getWidth() / 2 - 16, size.getHeight() / 2 - 16).click()
                .perform();
        waitForText("Raté. Essayez encore.");
        target("open-mail").click();
        new Actions(driver).doubleClick(target("open-photos")).perform();
        new Actions(driver).contextClick(target("letter-menu")).perform();
        new Actions(driver).dragAndDrop(target("bin-the-draft"), find(By.cssSelector(".dc-pp-zone"))).perform();
        scrollTheArea();
        typeLines(false);
        waitForText("Tout est fait. Appuyez sur Vérifier.");

        clickButton("Vérifier");
        waitForText("Pas réussi : Cliquez sur Messagerie");
        assertThat(result()).isEqualTo("wrong");
        assertStep("open-mail", "wrong");
        assertStep("bin-the-draft", "right");
        assertStep("type-note", "right");
        assertThat(find(By.cssSelector(".sim-step[data-step='open-mail']")).getText())
                .contains("Un seul clic, sur le bouton Messagerie.");
        assertAccessible("the practice with its feedback");

        clickButton("Recommencer");
        target("open-mail").sendKeys(Keys.ENTER);
        new Actions(driver).doubleClick(target("open-photos")).perform();
        target("letter-menu").sendKeys(Keys.chord(Keys.SHIFT, Keys.F10));
        new Actions(driver).dragAndDrop(target("bin-the-draft"), find(By.cssSelector(".dc-pp-zone"))).perform();
        scrollTheArea();
        typeLines(true);
        waitForText("Tout est fait. Appuyez sur Vérifier.");
        assertThat(find(By.cssSelector(".sim-mouse-keyboard-done")).getText()).startsWith("Précision 100");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Cliquez sur Messagerie").contains("✓ Cliquez sur Messagerie")
                .contains("Précision 88");
    }

    /** The wheel, over the area, until the signature shows. */
    private void scrollTheArea() {
        WebElement area = find(By.cssSelector(".dc-pp-stage[data-kind='scroll']"));
        new Actions(driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(area), 0, 1200).perform();
        waitForVaadin();
    }

    /** The address, then the line with accents; with Enter, or with the Valider button. */
    private void typeLines(boolean withEnter) {
        find(By.cssSelector(".sim-mouse-keyboard-line"));
        if (withEnter) {
            typeInto("Votre texte", "amina.diallo@exemple.fr", Keys.ENTER);
        } else {
            typeInto("Votre texte", "amina.diallo@exemple.fr");
            clickButton("Valider");
        }
        wait.until(d -> d.findElement(By.cssSelector(".sim-mouse-keyboard-line")).getText()
                .equals("Réunion à 14 h, café"));
        if (withEnter) {
            typeInto("Votre texte", "Réunion à 14 h, café", Keys.ENTER);
        } else {
            typeInto("Votre texte", "Réunion à 14 h, café");
            clickButton("Valider");
        }
    }

    /** The target the area shows now, once the server has named it. */
    private WebElement target(String stepId) {
        waitForVaadin();
        return find(By.cssSelector(".dc-pp-target[data-target='" + stepId + "']"));
    }
}
