package org.digitalcentre.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners sign in and out of one workstation fifty times, tapping the keypad's digits about 100 ms apart as quick
 * fingers do, and the server logs no error: each time she lands on her home, and "J'ai fini" brings the cohort
 * screen back.
 */
class SignInOverAndOverIT extends BrowserTest {

    private static final int TIMES = 50;
    private static final List<String[]> LEARNERS = List.of(new String[] {"Amina D.", "1234"},
            new String[] {"Fatou S.", "2222"}, new String[] {"Leïla B.", "3333"}, new String[] {"Sophie M.", "4444"},
            new String[] {"Nadia K.", "5555"});

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listenToTheServersLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void fifty_quick_sign_ins_and_outs_log_no_error() throws InterruptedException {
        open("");
        for (int time = 0; time < TIMES; time++) {
            String[] learner = LEARNERS.get(time % LEARNERS.size());
            waitForText("Touchez votre groupe", time);
            clickButton("Groupe du matin");
            waitForText("Touchez votre nom", time);
            clickButton(learner[0]);
            waitForText("Tapez votre code secret", time);
            for (char digit : learner[1].toCharArray()) {
                find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']"))
                        .click();
                Thread.sleep(100);
            }
            waitForText("Bonjour " + learner[0] + " !", time);
            clickButton("J’ai fini");
        }
        waitForText("Touchez votre groupe");

        assertThat(log.list).as("errors the server logged while learners signed in and out")
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR)
                        || event.getFormattedMessage().contains("Unexpected message id"))
                .extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : " — " + event.getThrowableProxy().getMessage()))
                .isEmpty();
    }

    /** Waits for the text; when it does not come, says which time it was and what the page showed instead. */
    private void waitForText(String text, int time) {
        try {
            waitForText(text);
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("Sign-in number " + (time + 1) + " did not show \"" + text + "\": the page at "
                    + driver.getCurrentUrl() + " (" + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return JSON.stringify(performance.getEntriesByType('navigation').map(n => n.type + ' ' + n.name))")
                    + ") shows:\n" + driver.findElement(By.tagName("body")).getText()
                    + "\nThe server logged: " + log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(ILoggingEvent::getFormattedMessage).toList(), notThere);
        }
    }
}
