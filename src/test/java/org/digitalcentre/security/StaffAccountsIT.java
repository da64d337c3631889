package org.digitalcentre.security;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff accounts in a real browser, in French: the administrator opens an account and reads its temporary password
 * once; the new teacher signs in with it (the login form's POST carries the CSRF token) and must choose her own
 * before anything else; five wrong passwords lock her account and the login page says so in words, even with the
 * right password; the administrator unlocks it and she signs in. The new pages pass an axe audit for WCAG 2.2 A
 * and AA. Its own database, as it changes accounts that other browser tests sign in with.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:staff-accounts-it;DB_CLOSE_DELAY=-1")
class StaffAccountsIT extends BrowserTest {

    private static final String HER_PASSWORD = "un jardin plein de tulipes";

    @Test
    void an_account_opened_by_the_administrator_is_locked_by_five_wrong_passwords_and_unlocked_by_her() {
        signInAsStaff("admin", "demo-password");
        wait.until(d -> d.getCurrentUrl().contains("cohort-progress"));
        open("staff");
        waitForText("Comptes de l’équipe");
        assertAccessible("the staff accounts");

        clickButton("Nouveau compte");
        typeInto("Nom", "Nadia Essai");
        typeInto("Identifiant", "nadia");
        clickButton("Créer le compte");
        String temporary = find(By.cssSelector(".temporary-password")).getText().strip();
        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        clickButton("Je l’ai noté");
        waitForText("Doit choisir un nouveau mot de passe");

        signOut();
        signInAsStaff("nadia", temporary);
        wait.until(d -> d.getCurrentUrl().contains("my-password"));
        waitForText("Avant de continuer, choisissez votre propre mot de passe.");
        assertAccessible("my password, which she must change");
        open("cohorts");
        wait.until(d -> d.getCurrentUrl().contains("my-password"));
        typePassword("Mot de passe actuel", temporary);
        typePassword("Nouveau mot de passe", HER_PASSWORD);
        typePassword("Nouveau mot de passe, une deuxième fois", HER_PASSWORD);
        clickButton("Changer mon mot de passe");
        wait.until(d -> d.getCurrentUrl().contains("cohort-progress"));

        signOut();
        for (int i = 0; i < 4; i++) {
            signInAsStaff("nadia", "pas le bon mot de passe");
            wait.until(d -> loginError().contains("L’identifiant ou le mot de passe n’est pas le bon."));
        }
        signInAsStaff("nadia", "pas le bon mot de passe");
        wait.until(d -> loginError().contains("Ce compte est bloqué pour un moment"));
        assertThat(loginError()).contains("administrateur").doesNotStartWith("i18n only");
        assertAccessible("the login page saying the account is locked");
        signInAsStaff("nadia", HER_PASSWORD);
        wait.until(d -> loginError().contains("Ce compte est bloqué pour un moment"));
        assertThat(driver.getCurrentUrl()).contains("login");

        signInAsStaff("admin", "demo-password");
        wait.until(d -> d.getCurrentUrl().contains("cohort-progress"));
        open("staff");
        waitForText("Bloqué (trop de mots de passe faux)");
        clickButton("Débloquer");
        waitForText("Le compte de Nadia Essai est débloqué.");

        signOut();
        signInAsStaff("nadia", HER_PASSWORD);
        wait.until(d -> d.getCurrentUrl().contains("cohort-progress"));
    }

    /** Leaves the session as the workstation would after the sign-out button: a new visitor. */
    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private void typePassword(String label, String password) {
        WebElement input = find(By.xpath("//vaadin-password-field[.//label[normalize-space(.)=" + literal(label)
                + "]]//input"));
        input.click();
        input.clear();
        input.sendKeys(password);
        waitForVaadin();
    }

    /** The error the login form shows, as rendered (its wrapper's error part), or nothing when it shows none. */
    private String loginError() {
        Object text = ((JavascriptExecutor) driver).executeScript("""
                const form = document.querySelector('vaadin-login-form');
                if (!form || !form.error) { return ''; }
                const wrapper = form.querySelector('vaadin-login-form-wrapper')
                    || (form.shadowRoot && form.shadowRoot.querySelector('vaadin-login-form-wrapper'));
                const part = wrapper && wrapper.shadowRoot
                    && wrapper.shadowRoot.querySelector('[part="error-message"]');
                return part && !part.hidden ? part.innerText : (form.i18n && form.i18n.errorMessage
                    ? 'i18n only: ' + form.i18n.errorMessage.message : '');
                """);
        return String.valueOf(text);
    }
}
