package org.digitalcentre.simulation.password;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password workshop in a real browser, as a learner uses it: she types her name and birth year, sees the meter
 * say weak and the advice say why, puts it on a note on the screen and sees why those steps are not right; she
 * starts again, types a passphrase, shows it, types it again and keeps it in a notebook. Her teacher sees the failed
 * step, never the password. Audited with axe for WCAG 2.2 A and AA.
 */
class PasswordSimulationIT extends SimulationBrowserTest {

    private static final String PASSPHRASE = "tortue-piano-soleil-lune";

    @Test
    void a_learner_uses_her_name_sees_why_starts_again_with_a_passphrase_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-password");
        waitForText("Inventez une phrase de passe solide pour votre compte.");
        waitForText("Ne tapez jamais votre vrai mot de passe ici");
        assertAccessible("the password workshop");

        type("Nouveau mot de passe", "Amina1987");
        waitForScore("1");
        waitForText("À enlever : Votre prénom.");
        assertThat(find(By.cssSelector(".sim-password-meter")).getText()).contains("Force : Faible",
                "9 caractères (au moins 15)");
        type("Tapez-le encore une fois", "Amina1987");
        waitForText("Les deux sont pareils.");
        chooseWay("Sur un papier collé sur l’écran");
        assertAccessible("the password workshop with a weak password");

        press("Vérifier");
        waitForText("Pas réussi : Ne mettez rien sur vous dedans");
        assertThat(result()).isEqualTo("wrong");
        assertStep("no-facts", "wrong");
        assertStep("same-twice", "right");
        assertStep("keep-it", "wrong");
        assertThat(find(By.cssSelector(".sim-step[data-step='no-facts']")).getText())
                .contains("Quelqu’un qui vous connaît peut le deviner.");
        assertAccessible("the password workshop with its feedback");

        press("Recommencer");
        wait.until(d -> "".equals(d.findElement(By.cssSelector(".sim-password-meter")).getAttribute("data-score")));
        type("Nouveau mot de passe", PASSPHRASE);
        waitForScore("4");
        waitForText("C’est bien. Ce mot de passe est difficile à deviner.");
        press("Montrer");
        assertThat(input("Nouveau mot de passe").getAttribute("type")).isEqualTo("text");
        assertThat(input("Nouveau mot de passe").getAttribute("value")).isEqualTo(PASSPHRASE);
        type("Tapez-le encore une fois", PASSPHRASE, Keys.TAB);
        waitForText("Les deux sont pareils.");
        press("Cacher");
        assertThat(input("Nouveau mot de passe").getAttribute("type")).isEqualTo("password");
        chooseWay("Dans un carnet caché chez moi");
        press("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Ne mettez rien sur vous dedans", "✓ Ne mettez rien sur vous dedans")
                .doesNotContain("Amina1987").doesNotContain(PASSPHRASE);
    }

    /** The input of the password field with this label, hidden or shown. */
    private WebElement input(String label) {
        return find(By.xpath("//*[self::vaadin-password-field or self::vaadin-text-field][.//label[normalize-space(.)="
                + literal(label) + "]]//input"));
    }

    private void type(String label, CharSequence... keys) {
        WebElement input = input(label);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.clear();
        input.sendKeys(keys);
        waitForVaadin();
    }

    /** Clicks a button once scrolled to the middle of the window, clear of the bar at the bottom. */
    private void press(String text) {
        WebElement button = find(By.xpath("//vaadin-button[contains(normalize-space(.), " + literal(text) + ")]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        clickButton(text);
    }

    private void chooseWay(String text) {
        WebElement way = find(By.xpath("//vaadin-radio-button[contains(normalize-space(.), " + literal(text) + ")]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", way);
        way.click();
        waitForVaadin();
    }

    /** The meter shows the server's score once she pauses in her typing. */
    private void waitForScore(String score) {
        wait.until(d -> score.equals(d.findElement(By.cssSelector(".sim-password-meter")).getAttribute("data-score")));
    }
}
