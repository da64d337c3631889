package org.digitalcentre.journey;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", in a real browser: a learner signs in by tapping, takes a module, gets one exercise
 * wrong, leaves, comes back to the same step, finishes and taps "I'm done"; the teacher signs in and sees her
 * attempts. Every page on the way passes an axe audit for WCAG 2.2 A and AA.
 */
class LearnerJourneyIT extends BrowserTest {

    @Test
    void a_learner_takes_a_module_leaves_comes_back_finishes_and_her_teacher_sees_her_attempts() {
        open("");
        waitForText("Touchez votre groupe");
        assertAccessible("the cohort screen");

        signInAsAmina();
        waitForText("Bonjour Amina D. !");
        assertAccessible("the learner's home");

        find(By.xpath("//a[contains(@class,'module-card')][contains(., 'Le navigateur')]")).click();
        waitForVaadin();
        waitForText("Étape 1 sur 4");
        // The author recorded this step in French: "Listen" plays it, from the app itself.
        Object recording = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('.read-aloud audio').src)
                    .then(r => done(r.status + ' ' + r.headers.get('content-type'))).catch(e => done(String(e)));""");
        assertThat(recording).asString().startsWith("200 audio/");
        WebElement listen = find(By.cssSelector("dc-read-aloud")).getShadowRoot()
                .findElement(By.cssSelector("[part~='listen']"));
        assertThat(listen.getText()).contains("Écouter");
        listen.click();
        assertAccessible("a text step read aloud");
        clickButton("Suivant");
        waitForText("Étape 2 sur 4");

        chooseRadio("Au milieu de la page");
        clickButton("Vérifier");
        waitForText("Pas tout à fait.");
        assertThat(find(By.cssSelector(".feedback")).getText()).contains("l'adresse se tape tout en haut");
        assertAccessible("an exercise with its feedback");
        everyPageOpensAtItsTopWithTheFocusOnItsHeading();

        clickButton("J’ai fini");
        waitForText("Touchez votre groupe");

        signInAsAmina();
        waitForText("« Le navigateur », étape 2 sur 4");
        clickButton("Continuer");
        waitForText("Étape 2 sur 4");
        assertThat(find(By.cssSelector(".feedback")).getText()).contains("Pas tout à fait.");
        WebElement chosen = find(By.xpath("//vaadin-radio-button[@checked]"));
        assertThat(chosen.getText()).contains("Au milieu de la page");

        chooseRadio("Dans la barre d'adresse");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        clickButton("Suivant");
        chooseRadio("Vrai");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        clickButton("Suivant");
        clickButton("Terminer");
        waitForText("Bravo, module terminé !");
        assertAccessible("the end of a module");

        open("my-progress");
        waitForText("Modules terminés : 1 sur 2");
        assertAccessible("my progress");

        open("cohort-progress");
        waitForText("Cette page n’est pas pour vous.");
        assertAccessible("a page she may not open");
        open("no/such/page");
        waitForText("Cette page n’existe pas.");
        assertAccessible("a page that does not exist");
        open("home");
        clickButton("J’ai fini");
        waitForText("Touchez votre groupe");

        open("login");
        find(By.cssSelector("vaadin-login-form"));
        assertAccessible("the staff login");
        find(By.cssSelector("input[name='username']")).sendKeys("teacher");
        find(By.cssSelector("input[name='password']")).sendKeys("demo-password");
        clickButton("Se connecter");
        waitForText("Progrès du groupe");
        waitForText("Amina D.");
        assertAccessible("the cohort grid");

        find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Amina D.']")).click();
        waitForVaadin();
        waitForText("Réponses de Amina D.");
        String attempts = find(By.cssSelector("vaadin-grid.attempts")).getText();
        assertThat(attempts).contains("Au milieu de la page").contains("Faux").contains("Juste");
        assertAccessible("the learner's attempts");
    }

    /**
     * On a small screen, a step scrolled down: opening "Accueil" from the menu shows the home from its top
     * ("Continuer" in view) with the focus on its heading, and "Suivant" shows the next step from its top with the
     * focus on "Étape 3 sur 4". Whatever scrolls (the window or a container) is measured.
     */
    private void everyPageOpensAtItsTopWithTheFocusOnItsHeading() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, 480));
        try {
            scrollToTheEnd();
            assertThat(scrolled()).as("the step is longer than the screen, and scrolled down").isGreaterThan(100);

            find(By.cssSelector("vaadin-drawer-toggle")).click();
            find(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Accueil']")).click();
            waitForVaadin();
            waitForText("Bonjour Amina D. !");
            wait.until(d -> scrolled() == 0);
            WebElement continueButton = find(By.xpath("//vaadin-button[contains(normalize-space(.), 'Continuer')]"));
            assertThat((Boolean) js.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;", continueButton))
                    .as("\"Continuer\" is on screen").isTrue();
            wait.until(d -> "H1".equals(js.executeScript("return document.activeElement.tagName")));
            assertThat(js.executeScript("return document.activeElement.textContent")).isEqualTo("Bonjour Amina D. !");

            continueButton.click();
            waitForVaadin();
            waitForText("Étape 2 sur 4");
            scrollToTheEnd();
            assertThat(scrolled()).isGreaterThan(100);
            clickButton("Suivant");
            waitForText("Étape 3 sur 4");
            wait.until(d -> scrolled() == 0);
            wait.until(d -> "step-counter".equals(js.executeScript("return document.activeElement.id")));
        } finally {
            driver.manage().window().setSize(size);
        }
        clickButton("Retour");
        waitForText("Étape 2 sur 4");
    }

    private void scrollToTheEnd() {
        ((JavascriptExecutor) driver).executeScript(
                "const main = document.querySelector('main'); main.lastElementChild.scrollIntoView(false);"
                        + " window.scrollTo(0, document.documentElement.scrollHeight);");
    }

    /** How far the page is scrolled down: the window, or any element that scrolls. */
    private double scrolled() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return Math.max(window.scrollY,"
                + " ...Array.from(document.querySelectorAll('*')).map(e => e.scrollTop),"
                + " ...Array.from(document.querySelectorAll('vaadin-app-layout')).map(l => l.shadowRoot ?"
                + " Math.max(0, ...Array.from(l.shadowRoot.querySelectorAll('*')).map(e => e.scrollTop)) : 0))"))
                .doubleValue();
    }

    private void signInAsAmina() {
        clickButton("Groupe du matin");
        waitForText("Touchez votre nom");
        assertAccessible("the learners' tiles");
        clickButton("Amina D.");
        waitForText("Tapez votre code secret");
        assertAccessible("the keypad");
        for (char digit : "1234".toCharArray()) {
            find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']")).click();
        }
        waitForVaadin();
    }

    private void chooseRadio(String label) {
        find(By.xpath("//vaadin-radio-button[contains(normalize-space(.), " + literal(label) + ")]")).click();
        waitForVaadin();
    }
}
