package org.digitalcentre.security;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser may do (docs/decisions/0005-what-the-browser-may-do.md), in a real browser: the main pages of
 * learners, teachers and authors run under the Content-Security-Policy with not one violation; every response, page,
 * static file or picture, carries the headers; a script injected into a page does not run; and a script hidden in an
 * SVG does not run when its address is opened.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:browser-policy;DB_CLOSE_DELAY=-1")
class BrowserPolicyIT extends BrowserTest {

    /** The simulations' fixtures, the module read aloud of the UI fixtures and a module with an SVG picture. */
    private static final Path CONTENT = contentForEveryKindOfPage();

    /** Installed in every new document before its own scripts: keeps each violation in localStorage. */
    private static final String LISTENER = """
            try {
              document.addEventListener('securitypolicyviolation', e => {
                try {
                  const seen = JSON.parse(localStorage.getItem('csp-violations') || '[]');
                  seen.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at '
                      + e.sourceFile + ':' + e.lineNumber + ' (' + (e.sample || '') + ')');
                  localStorage.setItem('csp-violations', JSON.stringify(seen));
                } catch (ignored) { }
              }, true);
            } catch (ignored) { }
            """;

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    /** The browser the listener was installed in: the tests of this class share one. */
    private static Object watched;

    @BeforeEach
    void watchForViolations() {
        driver.manage().deleteAllCookies(); // each test starts signed out, whatever ran before
        if (watched != driver) {
            ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", LISTENER));
            watched = driver;
        }
    }

    @Test
    void a_learner_s_pages_break_no_rule_of_the_policy() {
        open("");
        noViolationOn("the cohort screen");
        signInAsLearner("Groupe du matin", "Amina D.", "1234");
        waitForText("Bonjour Amina D.");
        noViolationOn("the keypad and the learner's home");

        open("module/test-policy-picture");
        WebElement picture = find(By.cssSelector("img[src*='plan.svg']"));
        wait.until(d -> Boolean.TRUE.equals(script("return arguments[0].complete && arguments[0].naturalWidth > 0",
                picture)));
        noViolationOn("a module's SVG picture");

        open("module/test-browsing");
        WebElement listen = find(By.cssSelector("dc-read-aloud")).getShadowRoot()
                .findElement(By.cssSelector("[part~='listen']"));
        listen.click();
        // The step's recording plays: the control says "Stop" while it does.
        wait.until(d -> find(By.cssSelector("dc-read-aloud")).getShadowRoot()
                .findElement(By.cssSelector("[part~='listen']")).getText().contains("Arrêter"));
        noViolationOn("a step read aloud");

        for (String simulation : List.of("test-sim-browser", "test-sim-e-service", "test-sim-image-editor",
                "test-sim-mailbox", "test-sim-mouse-keyboard", "test-sim-password", "test-sim-spreadsheet",
                "test-sim-word-processor")) {
            open("module/" + simulation);
            find(By.cssSelector(".sim-step, .feedback, vaadin-button"));
            noViolationOn("the simulation " + simulation);
        }

        open("module/test-sim-image-editor");
        WebElement turnRight = find(By.xpath("//vaadin-button[contains(., 'Tourner à droite')]"));
        script("arguments[0].scrollIntoView({block: 'center'})", turnRight);
        turnRight.click();
        waitForVaadin();
        wait.until(d -> Boolean.TRUE.equals(script("const p = document.querySelector('.sim-image-editor-picture');"
                + " return !!p && p.complete && p.naturalWidth > 0")));
        noViolationOn("the image editor's drawn picture");

        open("module/test-sim-word-processor");
        WebElement page = find(By.cssSelector(".sim-word-processor-page"));
        page.click();
        page.sendKeys(Keys.END, " ok");
        waitForVaadin();
        noViolationOn("the word editor (contenteditable)");

        open("home");
        clickButton("J’ai fini");
        waitForText("Touchez votre groupe");
        noViolationOn("signing out");
    }

    @Test
    void a_teacher_s_and_an_author_s_pages_break_no_rule_of_the_policy() {
        signInAsStaff("teacher", "demo-password");
        waitForText("Progrès du groupe");
        noViolationOn("the teacher's landing page");
        for (String path : List.of("cohorts", "live", "plan", "difficult", "workstation")) {
            open(path);
            noViolationOn("/" + path);
        }
        open("cohort-progress");
        waitForText("Progrès du groupe");
        find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Amina D.']")).click();
        waitForVaadin();
        waitForText("Amina D.");
        noViolationOn("a learner's page");
        open("cohort-progress");
        find(By.xpath("//vaadin-button[contains(normalize-space(.), 'Rapport à imprimer')] | "
                + "//a[contains(normalize-space(.), 'Rapport à imprimer')]")).click();
        waitForText("Rapport de progression");
        noViolationOn("the printable cohort report");

        driver.manage().deleteAllCookies();
        signInAsStaff("author", "demo-password");
        open("library");
        waitForText("test-policy-picture");
        noViolationOn("the library");
        open("preview/test-policy-picture");
        find(By.cssSelector("img[src*='plan.svg']"));
        noViolationOn("the module preview");
    }

    @Test
    void every_response_carries_the_headers_a_page_a_static_file_and_an_svg() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/", "/components/dc-word-editor.js", "/images/test-picture-with-script.svg")) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .contains("camera=(), microphone=(), geolocation=()");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    cache -> assertThat(cache).contains("no-store"));
        }
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(pagePolicy).matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval'.*")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(pagePolicy.replaceAll(" 'nonce-[^']+'", "")).isEqualTo(BrowserPolicy.PAGES.formatted(""));
        String nextPolicy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(nextPolicy).as("a new nonce for every page").isNotEqualTo(pagePolicy);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        HttpResponse<Void> svg = http.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/images/test-picture-with-script.svg")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(svg.headers().firstValue("Content-Security-Policy")).contains(BrowserPolicy.SVG);

        // An author's picture, served by Vaadin under /VAADIN/dynamic/ to the signed-in learner.
        signInAsLearner("Groupe du matin", "Amina D.", "1234");
        waitForText("Bonjour Amina D.");
        open("module/test-policy-picture");
        WebElement picture = find(By.cssSelector("img[src*='plan.svg']"));
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].src).then(r => done({type: r.headers.get('content-type'),"
                        + " csp: r.headers.get('content-security-policy'), cache: r.headers.get('cache-control'),"
                        + " referrer: r.headers.get('referrer-policy'), frames: r.headers.get('x-frame-options'),"
                        + " permissions: r.headers.get('permissions-policy')}))", picture);
        assertThat(headers).containsEntry("csp", BrowserPolicy.SVG).containsEntry("referrer", "no-referrer")
                .containsEntry("frames", "DENY").containsEntry("permissions", BrowserPolicy.PERMISSIONS);
        assertThat((String) headers.get("type")).startsWith("image/svg+xml");
        assertThat((String) headers.get("cache")).contains("no-store");
        open("home");
        clickButton("J’ai fini");
    }

    @Test
    void a_script_injected_into_a_page_does_not_run() {
        open("");
        waitForText("Touchez votre groupe");
        script("const trap = document.createElement('div');"
                + "trap.innerHTML = '<img src=\"/no-such-picture.png\" onerror=\"window.injected = true\">';"
                + "document.body.appendChild(trap);"
                + "const s = document.createElement('script'); s.textContent = 'window.injectedScript = true;';"
                + "document.body.appendChild(s);");
        wait.until(d -> String.valueOf(script("return localStorage.getItem('csp-violations')")).contains("inline"));
        assertThat(script("return window.injected === true")).as("the onerror= attribute ran").isEqualTo(false);
        assertThat(script("return window.injectedScript === true")).as("the inline <script> ran").isEqualTo(false);
        script("localStorage.removeItem('csp-violations')");
    }

    @Test
    void a_script_hidden_in_an_svg_does_not_run_when_its_address_is_opened() {
        driver.get("http://localhost:" + port + "/images/test-picture-with-script.svg");
        WebElement svg = wait.until(d -> d.findElement(By.tagName("svg")));
        assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent"))
                .contains("A picture with a script hidden in it");
        assertThat(svg.getAttribute("data-script-ran")).as("the <script> of the SVG ran").isNull();
        assertThat(svg.getAttribute("data-onload-ran")).as("the onload of the SVG ran").isNull();
    }

    private void noViolationOn(String page) {
        waitForVaadin();
        Object seen = script("const v = localStorage.getItem('csp-violations'); "
                + "localStorage.removeItem('csp-violations'); return v || '[]';");
        assertThat(String.valueOf(seen)).as("Content-Security-Policy violations on %s", page).isEqualTo("[]");
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    private static Path contentForEveryKindOfPage() {
        try {
            Path root = Files.createTempDirectory("browser-policy-content");
            Path fixtures = Path.of("src/test/resources/content-fixtures");
            FileSystemUtils.copyRecursively(fixtures.resolve("simulations"), root);
            FileSystemUtils.copyRecursively(fixtures.resolve("ui/modules/test-browsing"),
                    root.resolve("modules/test-browsing"));
            Path module = Files.createDirectories(root.resolve("modules/test-policy-picture"));
            Files.writeString(module.resolve("module.yaml"), """
                    id: test-policy-picture
                    topic: browsing
                    level: 1
                    competences: ["1.1"]
                    minutes: 5
                    title: { fr: "Un plan", en: "A map" }
                    summary: { fr: "Regarder un plan.", en: "Look at a map." }
                    steps:
                      - id: map
                        type: image
                        image: plan.svg
                        alt: { fr: "Un plan avec une maison.", en: "A map with a house." }
                      - id: house
                        type: true-false
                        prompt: { fr: "Il y a une maison.", en: "There is a house." }
                        answer: true
                        feedback:
                          right: { fr: "Oui.", en: "Yes." }
                          wrong: { fr: "Si, il y a une maison.", en: "There is a house." }
                    """);
            Files.writeString(module.resolve("plan.svg"), """
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">
                      <rect width="100" height="100" fill="#eef2f7"/>
                      <path d="M30 60 L50 40 L70 60 V80 H30 Z" fill="#374151"/>
                    </svg>
                    """);
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
