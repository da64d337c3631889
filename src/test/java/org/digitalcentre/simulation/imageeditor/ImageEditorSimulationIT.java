package org.digitalcentre.simulation.imageeditor;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photo editor in a real browser, as a learner uses it: she turns the photo with the keyboard, types the crop's
 * margins and cuts into the letter, saves, sees why that step is not right, starts again and gets it right; her
 * teacher sees which step she failed. Audited with axe for WCAG 2.2 A and AA.
 */
class ImageEditorSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_cuts_into_the_letter_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-image-editor");
        waitForText("Préparez la photo du courrier, puis enregistrez-la.");
        waitForSize("320", "240");
        assertThat(find(By.cssSelector(".sim-image-editor-picture")).getAttribute("alt"))
                .isEqualTo("Une feuille posée de travers sur une table en bois.");
        assertAccessible("the image editor");

        WebElement turnRight = find(By.xpath("//vaadin-button[contains(., 'Tourner à droite')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", turnRight);
        turnRight.sendKeys(Keys.SPACE); // with the keyboard
        waitForVaadin();
        waitForSize("240", "320");
        crop(80, 85, 115, 170);
        waitForSize("115", "170");
        typeNumber("Nouvelle largeur (pixels)", 90);
        press("Changer la taille");
        waitForSize("90", "133");
        typeNumber("Qualité JPG (10 à 100)", 60);
        press("Enregistrer");
        waitForText("Enregistré : letter-on-table.jpg, 90 × 133 pixels");

        clickButton("Vérifier");
        waitForText("Pas réussi : Gardez seulement la feuille");
        assertThat(result()).isEqualTo("wrong");
        assertStep("upright", "right");
        assertStep("only-the-letter", "wrong");
        assertThat(find(By.cssSelector(".sim-step[data-step='only-the-letter']")).getText())
                .contains("Une partie de la feuille est coupée.");
        assertAccessible("the image editor with its feedback");

        clickButton("Recommencer");
        waitForSize("320", "240");
        press("Tourner à droite");
        waitForSize("240", "320");
        crop(65, 85, 130, 170);
        waitForSize("130", "170");
        typeNumber("Nouvelle largeur (pixels)", 90);
        press("Changer la taille");
        waitForSize("90", "118");
        typeNumber("Qualité JPG (10 à 100)", 60);
        press("Enregistrer");
        waitForText("Enregistré : letter-on-table.jpg, 90 × 118 pixels");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Gardez seulement la feuille").contains("✓ Gardez seulement la feuille");
    }

    /** Clicks a button of the editor, scrolled into view first: the page is longer than the window. */
    private void press(String text) {
        WebElement button = driver.findElement(By.xpath("//vaadin-button[contains(normalize-space(.), "
                + literal(text) + ")]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        clickButton(text);
    }

    private void crop(int left, int top, int width, int height) {
        typeNumber("Marge à gauche (pixels)", left);
        typeNumber("Marge en haut (pixels)", top);
        typeNumber("Largeur gardée (pixels)", width);
        typeNumber("Hauteur gardée (pixels)", height);
        press("Recadrer");
    }

    /** Types a number into the field with this label, as she would: click, select what is there, type, Tab. */
    private void typeNumber(String label, int value) {
        WebElement input = find(By.xpath("//vaadin-integer-field[.//label[normalize-space(.)=" + literal(label)
                + "]]//input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value), Keys.TAB);
        waitForVaadin();
    }

    private void waitForSize(String width, String height) {
        wait.until(d -> {
            WebElement editor = d.findElement(By.cssSelector(".sim-image-editor"));
            return width.equals(editor.getAttribute("data-width")) && height.equals(editor.getAttribute("data-height"));
        });
    }
}
