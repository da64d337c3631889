package org.digitalcentre.journey;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The "keyboard only", in a real browser: Amina signs in, takes a module with one exercise of every type and
 * a module with a simulation, and reaches each module's end, with Tab, Shift+Tab, Enter, Space and the arrow keys
 * (and letters where she types words). The test finds each control as she would: it presses Tab and reads what has
 * the focus. It never clicks, and reads the page only to know what is on screen. Each exercise page is audited
 * with axe.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:keyboard;DB_CLOSE_DELAY=-1",
        "digitalcentre.content.folder=src/test/resources/content-fixtures/keyboard",
        "digitalcentre.sign-in.wrong-code-delay=PT1S"})
class KeyboardOnlyIT extends BrowserTest {

    /** More than the controls of any of her pages (the frame, the menu, the step and its buttons). */
    private static final int MOST_TABS = 60;

    private int keyPresses;
    private int tabPresses;

    @Test
    void a_learner_signs_in_and_completes_every_exercise_type_and_a_simulation_with_the_keyboard_only() {
        driver.manage().deleteAllCookies();
        open("");
        waitForText("Touchez votre groupe");
        tabToAndPress("Groupe du matin", Keys.ENTER);
        waitForText("Touchez votre nom");
        tabToAndPress("Amina D.", Keys.ENTER);
        waitForText("Tapez votre code secret");
        for (char digit : "1234".toCharArray()) {
            // The key whose whole text is the digit.
            tabTo("] " + digit + "\n");
            press(Keys.ENTER);
        }
        waitForText("Bonjour Amina D. !");

        tabToAndPress("Tous les exercices", Keys.ENTER);
        waitForText("Étape 1 sur 6");

        // Single choice: the arrow key moves to the next choice and chooses it.
        tabTo("Au milieu de la page");
        press(Keys.ARROW_DOWN);
        assertFocusOn("Dans la barre d'adresse");
        checkAndExpect("Oui, tout en haut.", "a single-choice exercise");
        // The hint button, once used, is disabled: the focus goes to the hint, not to nowhere.
        tabToAndPress("Un indice", Keys.ENTER);
        assertFocusOn("Regardez en haut.");
        tabToAndPress("Suivant", Keys.ENTER);
        waitForText("Étape 2 sur 6");

        // Multiple choice: Space ticks each box.
        tabToAndPress("www.mairie-bellecombe.fr", Keys.SPACE);
        tabToAndPress("bellecombe-emploi.fr", Keys.SPACE);
        checkAndExpect("Oui, les deux sites.", "a multiple-choice exercise");
        tabToAndPress("Suivant", Keys.ENTER);
        waitForText("Étape 3 sur 6");

        // True or false: Space chooses the focused answer.
        tabToAndPress("Vrai", Keys.SPACE);
        checkAndExpect("C'est vrai.", "a true-false exercise");
        tabToAndPress("Suivant", Keys.ENTER);
        waitForText("Étape 4 sur 6");

        // Fill in the blanks: she types the word in the blank.
        tabTo("Mot manquant 1");
        new Actions(driver).sendKeys("adresse").perform();
        checkAndExpect("Bravo, le mot juste.", "a fill-blanks exercise");
        tabToAndPress("Suivant", Keys.ENTER);
        waitForText("Étape 5 sur 6");

        // Order: each item moves up with its "Move up" button, and the focus stays on the item she moves.
        putInOrder(List.of("J'ouvre le navigateur.", "Je tape ma recherche.", "J'appuie sur Entrée."));
        checkAndExpect("C'est le bon ordre.", "an order exercise");
        tabToAndPress("Suivant", Keys.ENTER);
        waitForText("Étape 6 sur 6");

        // Match: each list opens with the arrow key; the arrows go to an answer and Enter takes it.
        choose("La flèche vers la gauche", "Revenir à la page d'avant");
        choose("La flèche en rond", "Recharger la page");
        checkAndExpect("Tout est juste, bien relié.", "a match exercise");

        tabToAndPress("Terminer", Keys.ENTER);
        waitForText("Bravo, module terminé !");
        // "Terminer" is gone with the last step: the focus is on the end screen's title, not lost.
        assertFocusOn("Bravo, module terminé !");
        assertThat(bodyText()).contains("6 bonnes réponses du premier coup sur 6");
        tabToAndPress("Retour à l’accueil", Keys.ENTER);
        waitForText("Bonjour Amina D. !");

        // The browser simulation: she types the address, searches, follows the official link (not the ad).
        tabToAndPress("Le navigateur au clavier", Keys.ENTER);
        waitForText("Trouvez les horaires de la mairie sur son site officiel.");
        tabTo("Adresse");
        new Actions(driver).sendKeys("www.trouvetout.fr").perform();
        press(Keys.ENTER);
        waitForPage("search");
        // As in a real browser, the focus goes to the page she arrives on, not back to the top of the app.
        assertFocusOn("TrouveTout");
        tabTo("Mots à chercher");
        new Actions(driver).sendKeys("mairie bellecombe").perform();
        press(Keys.ENTER);
        waitForPage("results");
        tabToAndPress("Mairie de Bellecombe — site officiel", Keys.ENTER);
        waitForPage("town-hall");
        assertFocusOn("Mairie de Bellecombe");
        tabToAndPress("Horaires d'ouverture", Keys.ENTER);
        waitForPage("hours");
        // The padlock's note opens; the toolbar is drawn again, and the focus stays on the padlock.
        tabToAndPress("Cadenas", Keys.ENTER);
        waitForText("Connexion sécurisée");
        assertFocusOn("Cadenas");
        checkAndExpect("Bravo, vous avez trouvé le site officiel.", "the browser simulation");
        tabToAndPress("Terminer", Keys.ENTER);
        waitForText("Bravo, module terminé !");
        assertAccessible("the end of a module");
        System.out.println("KeyboardOnlyIT: " + keyPresses + " key presses, " + tabPresses
                + " of them Tab, for sign-in, 6 exercises, a simulation and two module ends");
    }

    @Test
    void after_a_wrong_code_the_keypad_waits_then_gives_the_focus_back_to_its_first_key() {
        driver.manage().deleteAllCookies();
        open("");
        waitForText("Touchez votre groupe");
        tabToAndPress("Groupe du matin", Keys.ENTER);
        waitForText("Touchez votre nom");
        tabToAndPress("Fatou S.", Keys.ENTER);
        waitForText("Tapez votre code secret");
        for (int i = 0; i < 4; i++) {
            tabTo("] 9\n");
            press(Keys.ENTER);
        }
        waitForText("Ce code n’est pas le bon.");
        // The keypad rests a second (it is disabled, so it loses the focus), then the focus is back on a key.
        By firstKey = By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='1']");
        wait.until(d -> d.findElement(firstKey).getAttribute("disabled") == null);
        assertFocusOn("] 1\n");
        for (char digit : "2222".toCharArray()) {
            tabTo("] " + digit + "\n");
            press(Keys.ENTER);
        }
        waitForText("Bonjour Fatou S. !");
    }

    /** Presses "Check" and waits for the right answer's feedback; then audits the page with its feedback. */
    private void checkAndExpect(String rightFeedback, String page) {
        tabToAndPress("Vérifier", Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector(".feedback")).getText().contains(rightFeedback));
        assertThat(find(By.cssSelector(".feedback")).getAttribute("data-result")).as(page).isEqualTo("right");
        assertAccessible(page);
    }

    /** Moves each item up, by keyboard, until the items are in this order. */
    private void putInOrder(List<String> wanted) {
        for (int position = 0; position < wanted.size(); position++) {
            String item = wanted.get(position);
            int tries = 0;
            while (orderOnScreen().indexOf(item) > position) {
                if (tries++ > wanted.size()) {
                    fail("Could not move \"" + item + "\" up: the order stays " + orderOnScreen());
                }
                int before = orderOnScreen().indexOf(item);
                tabToAndPress("Monter : " + item, Keys.ENTER);
                wait.until(d -> orderOnScreen().indexOf(item) == before - 1);
                if (orderOnScreen().indexOf(item) > 0) {
                    // After a move the focus is still on the item she moved: she can press again at once.
                    assertFocusOn("Monter : " + item);
                }
            }
        }
        assertThat(orderOnScreen()).isEqualTo(wanted);
    }

    private List<String> orderOnScreen() {
        List<String> items = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector(".order-item"))) {
            items.add(row.findElements(By.tagName("span")).get(1).getText().strip());
        }
        return items;
    }

    /** In the list labelled {@code field}, chooses {@code answer} with the arrow keys and Enter. */
    private void choose(String field, String answer) {
        tabTo(field);
        press(Keys.ARROW_DOWN);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!document.querySelector('vaadin-select[opened]')")));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10 && !focused().contains(answer); i++) {
            seen.add(focused());
            press(Keys.ARROW_DOWN);
        }
        assertThat(focused()).as("the list of %s reached %s after %s", field, answer, seen).contains(answer);
        press(Keys.ENTER);
        wait.until(d -> d.findElement(By.xpath("//vaadin-select[.//label[normalize-space(.)=" + literal(field)
                + "]]")).getText().contains(answer));
    }

    private void waitForPage(String pageId) {
        wait.until(d -> pageId.equals(d.findElement(By.cssSelector(".sim-browser-page")).getAttribute("data-page")));
    }

    private void tabToAndPress(String control, Keys key) {
        tabTo(control);
        press(key);
    }

    /**
     * Presses Tab until the control whose words (text, label or aria-label) contain {@code control} has the focus;
     * fails naming what had the focus on the way.
     */
    private void tabTo(String control) {
        String wanted = control.replace('’', '\'');
        List<String> passed = new ArrayList<>();
        for (int i = 0; i <= MOST_TABS; i++) {
            String now = focused();
            if (now.contains(wanted)) {
                assertFocusVisible(now);
                return;
            }
            passed.add(now);
            press(Keys.TAB);
        }
        fail("\"" + control + "\" never had the focus in " + MOST_TABS + " presses of Tab. Focus went through:\n"
                + String.join("\n", passed));
    }

    private void assertFocusOn(String control) {
        wait.withMessage(() -> "the focus should be on \"" + control + "\", it is on " + focused())
                .until(d -> focused().contains(control.replace('’', '\'')));
    }

    /** The control with the focus shows it: an outline of 2 px or more, or Lumo's focus shadow on it or its field. */
    private void assertFocusVisible(String control) {
        Object visible = ((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                const host = e.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field,'
                    + ' vaadin-select, vaadin-select-item, vaadin-side-nav-item, a') || e;
                const candidates = [e, host];
                if (host.shadowRoot) {
                    candidates.push(...host.shadowRoot.querySelectorAll(
                        '[part~="input-field"], [part~="radio"], [part~="checkbox"], a'));
                }
                const ring = c => { const s = getComputedStyle(c);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
                        || (!!s.boxShadow && s.boxShadow !== 'none'); };
                return candidates.some(ring);""");
        assertThat(visible).as("the focus is visible on %s", control).isEqualTo(Boolean.TRUE);
    }

    private void press(CharSequence key) {
        keyPresses++;
        if (key == Keys.TAB) {
            tabPresses++;
        }
        new Actions(driver).sendKeys(key).perform();
        waitForVaadin();
    }

    /**
     * What has the focus, in words: its tag, its aria-label, its label and its text. Reads the page; changes nothing.
     */
    private String focused() {
        Object described = ((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                if (!e || e === document.body) { return 'nothing (the page itself)'; }
                const host = e.closest('vaadin-button, vaadin-radio-button, vaadin-checkbox, vaadin-text-field,'
                    + ' vaadin-select, vaadin-select-item, vaadin-side-nav-item, a') || e;
                const field = e.closest('vaadin-text-field, vaadin-select, vaadin-radio-button, vaadin-checkbox');
                const label = field && field.querySelector('label') ? field.querySelector('label').innerText : '';
                const aria = e.getAttribute('aria-label') || host.getAttribute('aria-label') || '';
                const text = (host.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 100);
                return host.tagName.toLowerCase() + ' [' + aria + '] [' + label + '] ' + text;""");
        // Ends with a new line, so that a test can look for a control's whole text ("] 1\n").
        return String.valueOf(described).replace('’', '\'') + "\n";
    }

    private String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
