package org.digitalcentre;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The base of real-browser tests: the whole app on a random port with demo data, driven by Debian's Chromium. Every
 * page a test passes can be audited with axe for WCAG 2.2 A and AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public abstract class BrowserTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_22_A_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    protected static WebDriver driver;
    protected static WebDriverWait wait;

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext context;

    /**
     * Spring Security's holder is static, and the app reads who is signed in through it: a test class with another
     * Spring context (other settings) replaces its strategy, and this context's server would then read the other's.
     * In the app there is one context; here each test takes its own back.
     */
    @BeforeEach
    void theServerReadsItsOwnSignIns() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
    }

    @BeforeAll
    static void startChromium() {
        driver = newBrowser();
        wait = waitIn(driver);
    }

    /** Another browser, as on another computer of the room: its own cookies and session. Quit it when done. */
    protected static WebDriver newBrowser() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("The browser tests need Debian's Chromium and its driver. Install them with: "
                    + "apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits of up to 20 seconds. A page that the app replaces (signing out, quick exit) can swap the document while a
     * condition reads it: an element gone with the old page means "not yet", and the wait goes on.
     */
    private static WebDriverWait waitIn(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** From now on the test's steps happen in this browser. */
    protected static void use(WebDriver browser) {
        driver = browser;
        wait = waitIn(browser);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected void open(String path) {
        driver.get(address() + "/" + path);
        waitForVaadin();
    }

    /** Where the app under test answers: this test's server, unless a test drives another one (CrashIT). */
    protected String address() {
        return "http://localhost:" + port;
    }

    /** Waits until Vaadin has no request under way, so the page shows the server's latest answer. */
    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients "
                        + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    protected WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks the button (a vaadin-button) whose visible text contains the given words. */
    protected void clickButton(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[contains(normalize-space(.), " + literal(text) + ")]")));
        button.click();
        waitForVaadin();
    }

    protected void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Runs axe on the page as it is now; fails listing each WCAG 2.2 A/AA violation with where it is. */
    protected void assertAccessible(String page) {
        // Audit the page at rest: an overlay (a select's list) still opening or closing is neither shown nor gone.
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !document.querySelector('[opening], [closing], vaadin-select[opened]')")));
        Results results = new AxeBuilder().withTags(WCAG_22_A_AA).analyze(driver);
        assertThat(results.isErrored()).as(() -> "axe could not audit " + page + ": " + results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe checked nothing on " + page).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("main, [role='main']"))).as(page + " has one main landmark")
                .hasSize(1);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> page + " has accessibility violations:\n" + violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The learner's way in: her group, her name, her code on the keypad. */
    protected void signInAsLearner(String cohort, String name, String code) {
        open("");
        clickButton(cohort);
        waitForText(name);
        clickButton(name);
        waitForText(code.isEmpty() ? "" : "Tapez votre code secret");
        for (char digit : code.toCharArray()) {
            find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']")).click();
        }
        waitForVaadin();
    }

    /** The staff's way in: user name and password on the login page. */
    protected void signInAsStaff(String username, String password) {
        open("login");
        find(By.cssSelector("input[name='username']")).sendKeys(username);
        find(By.cssSelector("input[name='password']")).sendKeys(password);
        clickButton("Se connecter");
        waitForVaadin();
    }

    /** The input of the text field with this visible label. */
    protected WebElement textField(String label) {
        return find(By.xpath("//vaadin-text-field[.//label[normalize-space(.)=" + literal(label) + "]]//input"));
    }

    /** Types into the text field with this label, as she would: click, type, then the given keys (Enter...). */
    protected void typeInto(String label, CharSequence... keys) {
        WebElement input = textField(label);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.clear();
        input.sendKeys(keys);
        waitForVaadin();
    }

    protected static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
