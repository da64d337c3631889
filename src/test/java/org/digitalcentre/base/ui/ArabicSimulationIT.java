package org.digitalcentre.base.ui;

import org.digitalcentre.BrowserTest;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulation in Arabic, in a real browser: the starter module "browsing-first-steps" of the real content has Arabic
 * texts; Amina chooses العربية on her home and reaches its browser simulation. Its texts are right to left, while the
 * browser's toolbar stays as in the French browser of the centre's computers (Back on the left, pointing left, as the
 * module's Arabic texts say) and the web address stays left to right; the screen passes axe (WCAG 2.2 A and AA)
 * before and after she checks it. Her own database, since her language is remembered for her.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:arabic-simulation;DB_CLOSE_DELAY=-1",
        "digitalcentre.content.folder=content"})
class ArabicSimulationIT extends BrowserTest {

    private static final String MODULE = "browsing-first-steps";
    private static final String SIMULATION_STEP = "practice-town-hall";

    @Autowired
    private ContentCatalogue catalogue;
    @Autowired
    private LearningService learning;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_browser_simulation_in_arabic_reads_right_to_left_its_toolbar_and_address_as_in_her_browser_and_passes_axe() {
        signInAsLearner("Groupe du matin", "Amina D.", "1234");
        waitForText("Bonjour Amina D.");
        clickButton("العربية");
        waitForText("مرحبًا Amina D.!");

        Module module = catalogue.module(MODULE).orElseThrow();
        int simulation = IntStream.range(0, module.steps().size())
                .filter(i -> module.steps().get(i).id().equals(SIMULATION_STEP)).findFirst().orElseThrow();
        long amina = jdbc.queryForObject("select id from learner where first_name = 'Amina'", Long.class);
        learning.moveTo(amina, module, simulation);
        open("module/" + MODULE);
        waitForText("أنتِ أمينة. تسكنين في بيلكومب.");

        Object pageDirection = ((JavascriptExecutor) driver).executeScript("return document.documentElement.dir");
        assertThat(pageDirection).isEqualTo("rtl");
        WebElement address = find(By.cssSelector("vaadin-text-field.sim-browser-address input"));
        WebElement back = find(By.cssSelector("vaadin-button.sim-browser-back"));
        assertThat(style(address, "direction")).as("a web address stays left to right").isEqualTo("ltr");
        // Her real browser at the centre is in French, and the module says so in Arabic too: "السهم نحو اليسار".
        assertThat(back.getRect().x).as("the browser's Back stays on the left of its address bar, as in her browser")
                .isLessThan(address.getRect().x);
        assertThat(style(back.findElement(By.tagName("vaadin-icon")), "transform")).as("and points left")
                .isEqualTo("none");
        WebElement scenario = find(By.xpath("//*[contains(@class,'scenario-card')]"));
        assertThat(style(scenario, "direction")).as("the Arabic texts around it are right to left").isEqualTo("rtl");
        assertAccessible("a simulation in Arabic");

        address.click();
        address.sendKeys("www.mairie-bellecombe.fr", Keys.ENTER);
        waitForVaadin();
        WebElement check = find(By.cssSelector("vaadin-button.check-button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", check);
        clickButton("تحقّقي");
        find(By.cssSelector(".feedback[data-result]"));
        assertAccessible("a simulation with its feedback in Arabic");
    }

    private String style(WebElement element, String property) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0])[arguments[1]]", element, property));
    }
}
