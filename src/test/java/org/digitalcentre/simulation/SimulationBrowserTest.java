package org.digitalcentre.simulation;

import org.digitalcentre.BrowserTest;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the simulations' real-browser tests: the app with demo people and the simulation fixtures
 * (src/test/resources/content-fixtures/simulations), its own database, one Spring start shared by every simulation.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:simulations;DB_CLOSE_DELAY=-1",
        "digitalcentre.content.folder=src/test/resources/content-fixtures/simulations"})
public abstract class SimulationBrowserTest extends BrowserTest {

    /** Amina D. (demo code 1234) signs in and opens a module of the fixtures. */
    protected void openAsAmina(String moduleId) {
        signInAsLearner("Groupe du matin", "Amina D.", "1234");
        waitForText("Bonjour Amina D.");
        open("module/" + moduleId);
    }

    /** She says she is done; her teacher signs in and opens her answers: the text of her attempts' grid. */
    protected String aminasAttemptsAsHerTeacherSeesThem() {
        open("home");
        clickButton("J’ai fini");
        waitForText("Touchez votre groupe");
        signInAsStaff("teacher", "demo-password");
        waitForText("Progrès du groupe");
        find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Amina D.']")).click();
        waitForVaadin();
        waitForText("Réponses de Amina D.");
        String attempts = find(By.cssSelector("vaadin-grid.attempts")).getText();
        assertAccessible("the learner's attempts");
        return attempts;
    }

    /** The feedback under the simulation once checked: "right" or "wrong". */
    protected String result() {
        return find(By.cssSelector(".feedback[data-result]")).getAttribute("data-result");
    }

    protected void assertStep(String stepId, String outcome) {
        assertThat(find(By.cssSelector(".sim-step[data-step='" + stepId + "']")).getAttribute("data-outcome"))
                .as("step %s", stepId).isEqualTo(outcome);
    }
}
