package org.digitalcentre.simulation.eservice;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online-service simulation in a real browser, as a learner uses it: she creates her account, signs in with the
 * code that arrives on the phone, types the wrong birth date, adds the certificate from the file window, sends, and
 * sees why that step is not right; she starts again, meets the check of a date that does not exist, and gets it all
 * right; her teacher sees the failed step. Audited with axe for WCAG 2.2 A and AA.
 */
class EServiceSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_types_a_wrong_birth_date_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-e-service");
        waitForText("Créez votre compte et envoyez votre demande");
        waitForScreen("account");
        assertThat(find(By.cssSelector(".sim-e-service-phone")).getText()).contains("Aucun nouveau message.");
        assertAccessible("the online service");
        assertThat(find(By.cssSelector(".scenario-card")).getText()).contains("amina.diallo@exemple.fr");
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("""
                const markdown = document.querySelector('.scenario-card vaadin-markdown');
                return markdown.querySelectorAll('a').length
                    + (markdown.shadowRoot ? markdown.shadowRoot.querySelectorAll('a').length : 0);""")).intValue())
                .as("an e-mail address in the scenario is no link to the computer's mail program").isZero();

        createTheAccountAndSignIn();
        typeInto("Date de naissance", "21/03/1985");
        fillInTheRestOfTheIdentity();
        clickButton("Continuer");
        addTheCertificate();
        clickButton("Envoyer ma demande");
        waitForScreen("sent");

        clickButton("Vérifier");
        waitForText("Pas réussi : Remplissez votre identité");
        assertThat(result()).isEqualTo("wrong");
        assertStep("account", "right");
        assertStep("sign-in", "right");
        assertStep("identity", "wrong");
        assertThat(find(By.cssSelector(".sim-step[data-step='identity']")).getText())
                .contains("La date de naissance est le 12/03/1985");
        assertAccessible("the online service with its feedback");

        clickButton("Recommencer");
        waitForScreen("account");
        createTheAccountAndSignIn();
        typeInto("Date de naissance", "31/02/1985");
        fillInTheRestOfTheIdentity();
        clickButton("Continuer");
        waitForText("Cette date n’existe pas.");
        waitForScreen("page-identity");
        assertAccessible("a form page with a message at a field");
        typeInto("Date de naissance", "12/03/1985", Keys.TAB);
        clickButton("Continuer");
        addTheCertificate();
        assertThat(find(By.cssSelector(".sim-e-service-review")).getText())
                .contains("Date de naissance : 12/03/1985", "Attestation de paiement : attestation-caf.pdf");
        clickButton("Envoyer ma demande");
        waitForScreen("sent");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Remplissez votre identité").contains("✓ Remplissez votre identité");
    }

    private void createTheAccountAndSignIn() {
        typeInto("Adresse e-mail", "amina.diallo@exemple.fr", Keys.TAB);
        typeInto("Téléphone portable", "06 12 34 56 78", Keys.TAB);
        typeIntoPassword("Choisissez un mot de passe", "Bellecombe38");
        clickButton("Créer mon compte");
        waitForScreen("sign-in");
        waitForText("Votre compte est créé.");
        typeInto("Identifiant (votre e-mail)", "amina.diallo@exemple.fr", Keys.TAB);
        typeIntoPassword("Mot de passe", "Bellecombe38");
        clickButton("Se connecter");
        waitForScreen("code");
        assertThat(find(By.cssSelector(".sim-e-service-sms")).getText()).contains("votre code est 482913");
        typeInto("Code du SMS", "482913", Keys.TAB);
        clickButton("Valider le code");
        waitForScreen("page-identity");
    }

    private void fillInTheRestOfTheIdentity() {
        typeInto("Numéro de sécurité sociale", "2 85 03 38 185 042 29", Keys.TAB);
        find(By.xpath("//vaadin-radio-button[.//label[contains(., 'Je vis seule avec mes enfants')]]")).click();
        waitForVaadin();
    }

    /** The file window: she opens it, looks at her files (audited), and picks the certificate. */
    private void addTheCertificate() {
        waitForScreen("page-proof");
        clickButton("Choisir un fichier");
        waitForText("Vos documents :");
        assertAccessible("the file window");
        clickButton("attestation-caf.pdf");
        wait.until(d -> d.findElement(By.cssSelector(".sim-e-service-attached")).getText()
                .contains("attestation-caf.pdf"));
        clickButton("Continuer");
        waitForScreen("review");
    }

    private void typeIntoPassword(String label, String value) {
        WebElement input = find(By.xpath("//vaadin-password-field[.//label[normalize-space(.)=" + literal(label)
                + "]]//input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.clear();
        input.sendKeys(value, Keys.TAB);
        waitForVaadin();
    }

    private void waitForScreen(String screen) {
        wait.until(d -> screen.equals(d.findElement(By.cssSelector(".sim-e-service-screen"))
                .getAttribute("data-screen")));
    }
}
