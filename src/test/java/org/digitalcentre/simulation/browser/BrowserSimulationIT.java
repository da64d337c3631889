package org.digitalcentre.simulation.browser;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser simulation in a real browser, as a learner uses it: she types an address with the keyboard, searches,
 * follows the ad and sees why that step is not right, starts again, opens the official site in a new tab from the
 * link's menu and gets it right; her teacher sees which step she failed. Audited with axe for WCAG 2.2 A and AA.
 */
class BrowserSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_follows_an_ad_sees_why_starts_again_gets_it_right_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-browser");
        waitForText("Trouvez les horaires de la mairie sur son site officiel.");
        assertAccessible("the browser simulation");

        typeInto("Adresse", "www.trouvetout.fr", Keys.ENTER);
        waitForPage("search");
        typeInto("Mots à chercher", "horaires mairie bellecombe");
        clickButton("Rechercher");
        waitForPage("results");
        assertThat(find(By.cssSelector(".sim-browser-link-row.is-ad")).getText()).contains("Annonce");
        assertAccessible("search results with an ad");
        clickButton("Horaires mairie en 1 clic");
        waitForPage("fake-site");
        clickButton("Page précédente");
        waitForPage("results");
        clickButton("Mairie de Bellecombe — site officiel");
        clickButton("Horaires d'ouverture");
        waitForPage("hours");

        clickButton("Vérifier");
        waitForText("Pas réussi : Ouvrez les horaires sur le site officiel");
        assertThat(result()).isEqualTo("wrong");
        assertStep("go-to-search", "right");
        assertStep("official-site", "wrong");
        assertThat(find(By.cssSelector(".sim-step[data-step='official-site']")).getText())
                .contains("Ce lien était une annonce.");
        assertAccessible("a simulation with its feedback");

        clickButton("Recommencer");
        waitForPage("new-tab");
        typeInto("Adresse", "trouvetout.fr", Keys.ENTER);
        waitForPage("search");
        typeInto("Mots à chercher", "mairie", Keys.ENTER);
        waitForPage("results");
        new Actions(driver).contextClick(find(By.xpath(
                "//vaadin-button[contains(., 'Mairie de Bellecombe — site officiel')]"))).perform();
        find(By.xpath("//vaadin-context-menu-item[contains(., 'Ouvrir dans un nouvel onglet')]")).click();
        waitForVaadin();
        waitForPage("town-hall");
        assertThat(driver.findElements(By.cssSelector(".sim-browser-tab"))).hasSize(2);
        clickButton("Horaires d'ouverture");
        waitForPage("hours");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        String attempts = aminasAttemptsAsHerTeacherSeesThem();
        assertThat(attempts).contains("✗ Ouvrez les horaires sur le site officiel")
                .contains("✓ Ouvrez les horaires sur le site officiel");
    }

    private void waitForPage(String pageId) {
        wait.until(d -> pageId.equals(d.findElement(By.cssSelector(".sim-browser-page")).getAttribute("data-page")));
    }
}
