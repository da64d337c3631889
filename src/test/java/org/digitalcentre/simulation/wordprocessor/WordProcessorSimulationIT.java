package org.digitalcentre.simulation.wordprocessor;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word processor in a real browser, as a learner uses it: she makes the title a large heading, selects the typo
 * with Shift and the arrows and types over it (wrongly the first time), puts the date in bold with Ctrl + B, makes
 * the two lines a bullet list, saves under a name, sees why the spelling is not right, starts again and gets it
 * right; her teacher sees which step she failed. Audited with axe for WCAG 2.2 A and AA.
 */
class WordProcessorSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_leaves_a_typo_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-word-processor");
        waitForText("Corrigez la lettre, mettez-la en forme, puis enregistrez-la.");
        waitForBlock(1, "Madame, mon fils Yanis sera absant le mardi 12 mars.");
        assertAccessible("the word processor");

        writeTheLetter("absentt");
        check();
        assertThat(result()).isEqualTo("wrong");
        assertStep("title", "right");
        assertStep("big-title", "right");
        assertStep("spelling", "wrong");
        assertStep("date-in-bold", "right");
        assertStep("list", "right");
        assertStep("save", "right");
        assertThat(find(By.cssSelector(".sim-step[data-step='spelling']")).getText())
                .contains("Le mot s’écrit « absent », avec un e");
        assertAccessible("the word processor with its feedback");

        clickButton("Recommencer");
        waitForBlock(1, "Madame, mon fils Yanis sera absant le mardi 12 mars.");
        writeTheLetter("absent");
        check();
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Corrigez le mot « absant »").contains("✓ Corrigez le mot « absant »");
    }

    private void writeTheLetter(String correction) {
        // The title: the cursor in it, then Heading and Large text.
        clickBlock(0);
        press("Titre");
        press("Grand texte");
        wait.until(d -> "heading large".equals(read(0, "b.dataset.style + ' ' + b.dataset.size")));

        // The typo: from the start of the line, Shift and the arrows select "absant"; she types over it.
        clickBlock(1);
        WebElement page = find(By.cssSelector(".sim-word-processor-page"));
        page.sendKeys(Keys.HOME);
        page.sendKeys(Keys.ARROW_RIGHT.toString().repeat("Madame, mon fils Yanis sera ".length()));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT.toString().repeat(6)).keyUp(Keys.SHIFT)
                .perform();
        page.sendKeys(correction);
        waitForBlock(1, "Madame, mon fils Yanis sera " + correction + " le mardi 12 mars.");

        // The date: select it, then Ctrl + B.
        page.sendKeys(Keys.ARROW_RIGHT.toString().repeat(" le ".length()));
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT.toString().repeat("mardi 12 mars".length()))
                .keyUp(Keys.SHIFT).perform();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("b").keyUp(Keys.CONTROL).perform();
        wait.until(d -> "mardi 12 mars".equals(read(1, "Array.from(b.querySelectorAll('strong')).map(s => "
                + "s.textContent).join('|')")));

        // The homework: from "la dictée" down to the next line, then Bullet list.
        clickBlock(3);
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_DOWN).keyUp(Keys.SHIFT).perform();
        press("Liste à puces");
        wait.until(d -> "bullet".equals(read(3, "b.dataset.style")) && "bullet".equals(read(4, "b.dataset.style")));

        clickButton("Enregistrer sous");
        typeInto("Nom du fichier", "absence-yanis");
        find(By.xpath("//vaadin-dialog-overlay//vaadin-button[normalize-space(.)='Enregistrer']")).click();
        waitForVaadin();
        waitForText("Enregistré sous le nom : absence-yanis");
    }

    /** Vérifier, once the Save as dialog has gone, scrolled into view first: the page is longer than the window. */
    private void check() {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
        WebElement button = find(By.xpath("//vaadin-button[contains(normalize-space(.), 'Vérifier')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        clickButton("Vérifier");
        wait.until(d -> !d.findElements(By.cssSelector(".feedback[data-result]")).isEmpty());
    }

    /** A tool of the bar, pressed with the mouse: the selection stays in the page. */
    private void press(String text) {
        WebElement button = find(By.xpath("//vaadin-button[@data-tool][normalize-space(.)=" + literal(text) + "]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** A line of the letter, scrolled into view first: with the Listen control above it the editor starts lower. */
    private void clickBlock(int index) {
        WebElement block = block(index);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", block);
        block.click();
    }

    private WebElement block(int index) {
        return driver.findElements(By.cssSelector(".sim-word-processor-page > .sim-word-processor-block")).get(index);
    }

    private void waitForBlock(int index, String text) {
        wait.until(d -> text.equals(read(index, "b.textContent")));
    }

    /**
     * Reads a paragraph of the page in the browser itself: the page draws its paragraphs again at each key, so a
     * found element soon goes stale.
     */
    private String read(int index, String expression) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("const b = document.querySelectorAll("
                + "'.sim-word-processor-page > .sim-word-processor-block')[arguments[0]]; return b ? " + expression
                + " : null;", index));
    }
}
