package org.digitalcentre.security;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" for shared computers, in a real browser, with a learner idle limit of 45 seconds (the
 * countdown from 30 seconds before, time enough for axe on a busy machine): the countdown, the sign-out to the
 * cohort screen with nothing of hers in Back; quick exit (the button, and Escape three times) to the neutral page
 * with no way back; and a server restart in the middle of a module, after which her page comes back to the cohort
 * screen and she finds her step again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestPropertySource(properties = {"digitalcentre.session.learner-idle=PT45S",
        "digitalcentre.session.warn-before=PT30S"})
class SharedComputerIT extends BrowserTest {

    private static final By COUNTDOWN = By.cssSelector("[role='alertdialog']");

    @Autowired
    ServletWebServerApplicationContext server;

    /** A fixed free port, so that the server comes back where the browser expects it after its restart. */
    @DynamicPropertySource
    static void aFixedPort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            int free = socket.getLocalPort();
            registry.add("server.port", () -> free);
        }
    }

    @Test
    void a_learner_left_alone_sees_a_countdown_then_the_cohort_screen_and_back_shows_nothing_of_hers() {
        signInAsAmina();
        open("module/test-browsing");
        waitForText("Le navigateur");

        WebElement countdown = longWait(60).until(ExpectedConditions.visibilityOfElementLocated(COUNTDOWN));
        assertThat(countdown.getText()).contains("Êtes-vous toujours là ?").contains("secondes")
                .contains("Vos réponses sont gardées");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Je suis là");
        assertAccessible("the idle countdown");

        driver.switchTo().activeElement().click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(COUNTDOWN));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Le navigateur");

        // Now she is gone for good: the countdown comes again, then the cohort screen.
        longWait(60).until(ExpectedConditions.visibilityOfElementLocated(COUNTDOWN));
        longWait(60).until(d -> d.findElement(By.tagName("body")).getText().contains("Touchez votre groupe"));
        assertThat(driver.getCurrentUrl()).isEqualTo(root());
        waitForVaadin();

        driver.navigate().back();
        assertNothingOfHers("Back after the idle sign-out");
    }

    @Test
    void quick_exit_leaves_a_neutral_page_with_no_way_back_to_hers() {
        signInAsAmina();
        find(By.cssSelector(".quick-exit-button")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Prévisions du jour"));
        assertThat(driver.getCurrentUrl()).endsWith("/meteo.html");
        assertThat(driver.getTitle()).doesNotContain("Maison digitale");
        assertAccessible("the neutral page");

        driver.navigate().back();
        assertNothingOfHers("Back after quick exit");
        open("home");
        assertNothingOfHers("her home's address after quick exit");
    }

    @Test
    void escape_pressed_three_times_is_a_quick_exit_too() {
        signInAsAmina();
        new Actions(driver).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Prévisions du jour"));

        driver.navigate().back();
        assertNothingOfHers("Back after Escape three times");
        open("home");
        assertNothingOfHers("her home's address after Escape three times");
    }

    @Test
    void a_teacher_who_signs_out_is_on_the_login_page_and_back_shows_nothing_of_the_group() {
        signInAsStaff("teacher", "demo-password");
        waitForText("Progrès du groupe");
        waitForText("Amina D.");

        clickButton("Se déconnecter");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForVaadin();
        find(By.cssSelector("vaadin-login-form"));

        driver.navigate().back();
        assertNothingOfHers("Back after a teacher signed out");
    }

    @Test
    void after_a_server_restart_her_page_returns_to_the_cohort_screen_and_her_step_is_kept() throws Exception {
        signInAsAmina();
        open("module/test-browsing");
        waitForText("Le navigateur");
        // She moves one step (back when she can: another test may have left her at the end of this module).
        WebElement back = find(By.cssSelector("vaadin-button.back-button"));
        String before = find(By.cssSelector(".step-counter")).getText();
        (back.getAttribute("disabled") == null ? back : find(By.cssSelector("vaadin-button.next-button"))).click();
        wait.until(d -> !d.findElement(By.cssSelector(".step-counter")).getText().equals(before));
        waitForVaadin();
        String step = find(By.cssSelector(".step-counter")).getText();
        assertThat(step).startsWith("Étape");

        TomcatWebServer web = (TomcatWebServer) server.getWebServer();
        web.stop();
        try {
            longWait(60).until(d -> d.findElement(By.tagName("body")).getText().contains("La connexion est coupée"));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Vos réponses sont gardées");
            // A restart loses every session kept in memory.
            for (Container child : web.getTomcat().getHost().findChildren()) {
                for (Session session : ((Context) child).getManager().findSessions()) {
                    session.expire();
                }
            }
        } finally {
            web.start();
        }

        longWait(90).withMessage(() -> "the page shows, at " + driver.getCurrentUrl() + ":\n"
                        + driver.findElement(By.tagName("body")).getText())
                .until(d -> d.findElement(By.tagName("body")).getText().contains("Touchez votre groupe"));
        assertThat(driver.getCurrentUrl()).isEqualTo(root()).doesNotContain("login");

        signInAsAmina();
        open("module/test-browsing");
        assertThat(find(By.cssSelector(".step-counter")).getText()).isEqualTo(step);
    }

    private void signInAsAmina() {
        signInAsLearner("Groupe du matin", "Amina D.", "1234");
        waitForText("Bonjour Amina D.");
    }

    private void assertNothingOfHers(String where) {
        longWait(30).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        if (driver.getCurrentUrl().startsWith(root())) {
            waitForVaadin();
        }
        String shown = driver.findElement(By.tagName("body")).getText();
        assertThat(shown).as(where + " at " + driver.getCurrentUrl())
                .doesNotContain("Amina").doesNotContain("Le navigateur").doesNotContain("J’ai fini");
    }

    private String root() {
        return "http://localhost:" + port + "/";
    }

    private static WebDriverWait longWait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
