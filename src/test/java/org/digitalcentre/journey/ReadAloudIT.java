package org.digitalcentre.journey;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Listen" in a real browser (French, English, Arabic interface on a French module), with the page's speechSynthesis replaced by a recording stub: what is said, in which
 * order, language and speed, with the sentence being said highlighted; a choice's speaker; a computer with no voice
 * for a language, told to the teacher's live page and not to the learner.
 */
class ReadAloudIT extends BrowserTest {

    /**
     * Replaces the browser's voices: each sentence said is pushed to window.__spoken with what was highlighted while
     * it was said; the computer has voices for the languages given (none for the others).
     */
    private static final String STUB = """
            const langs = arguments[0];
            window.__spoken = [];
            const voices = langs.map(l => ({lang: l, name: 'Stub ' + l, localService: true, default: false}));
            const highlighted = () => {
              if (window.CSS && CSS.highlights && CSS.highlights.has('dc-read-aloud')) {
                return [...CSS.highlights.get('dc-read-aloud')].map(r => r.toString()).join('');
              }
              const marked = document.querySelector('.dc-reading');
              return marked ? 'class:' + marked.textContent : '';
            };
            const stub = {
              speaking: false,
              getVoices: () => voices,
              addEventListener: () => {},
              removeEventListener: () => {},
              cancel: () => {},
              speak: u => {
                window.__spoken.push({text: u.text, lang: u.lang, rate: u.rate, highlight: highlighted()});
                setTimeout(() => {
                  if (u.onstart) { u.onstart(); }
                  setTimeout(() => { if (u.onend) { u.onend(); } }, 120);
                }, 10);
              }
            };
            Object.defineProperty(window, 'speechSynthesis', {value: stub, configurable: true, writable: true});
            window.SpeechSynthesisUtterance = class {
              constructor(text) { this.text = text; this.lang = ''; this.rate = 1; }
            };
            """;

    @Test
    void listen_reads_the_question_then_each_choice_in_french_english_and_arabic_and_a_missing_voice_reaches_the_teacher() {
        signInAsLearner("Groupe du matin", "Khadija L.", "2468");
        waitForText("Bonjour Khadija L. !");
        openModule("Le navigateur");
        goToStep("Étape 1 sur 4"); // another browser test of this app may have left her further on
        clickButton("Suivant");
        waitForText("Étape 2 sur 4");
        assertAccessible("an exercise with the Listen control");

        // French: the question, then each choice, in the page's order.
        stub("fr-FR", "en-GB");
        assertThat(listenLabel()).isEqualTo("Écouter");
        listen();
        List<Map<String, Object>> said = waitUntilSaid(3);
        assertThat(said).extracting(s -> s.get("text")).containsExactly("Où tapez-vous l'adresse ?",
                "Dans la barre d'adresse", "Au milieu de la page");
        assertThat(said).extracting(s -> s.get("lang")).containsOnly("fr");
        assertThat(said).extracting(s -> ((Number) s.get("rate")).doubleValue()).containsOnly(1.0);
        // The sentence being said is the one highlighted.
        assertThat(said).extracting(s -> s.get("highlight")).containsExactly("Où tapez-vous l'adresse ?",
                "Dans la barre d'adresse", "Au milieu de la page");
        waitUntilIdle();

        // A choice's speaker reads that choice alone, and does not choose it.
        stub("fr-FR", "en-GB");
        WebElement speaker = find(By.cssSelector("vaadin-button.read-aloud-choice[data-read-choice='Au milieu de la page']"));
        assertThat(speaker.getAttribute("aria-label")).isEqualTo("Écouter : Au milieu de la page");
        speaker.click();
        assertThat(waitUntilSaid(1)).extracting(s -> s.get("text")).containsExactly("Au milieu de la page");
        waitUntilIdle();
        assertThat(said().size()).isEqualTo(1);
        assertThat(driver.findElements(By.xpath("//vaadin-radio-button[@checked]"))).isEmpty();

        // Slower: the same reading at a slower rate.
        stub("fr-FR", "en-GB");
        shadow("[part~='read-aloud-slower']").click();
        listen();
        assertThat(waitUntilSaid(3)).extracting(s -> ((Number) s.get("rate")).doubleValue()).containsOnly(0.7);
        waitUntilIdle();
        shadow("[part~='read-aloud-normal']").click();

        // The feedback is read after the choices once she has checked.
        chooseRadio("Au milieu de la page");
        clickButton("Vérifier");
        waitForText("Pas tout à fait.");
        stub("fr-FR", "en-GB");
        listen();
        List<Map<String, Object>> withFeedback = waitUntilSaid(6);
        assertThat(withFeedback.subList(3, withFeedback.size())).extracting(s -> s.get("text"))
                .startsWith("Pas tout à fait.", "Non : l'adresse se tape tout en haut.");
        waitUntilIdle();

        // English, as she switches: her interface and the module's texts. She taps her language where her name is.
        clickButton("J’ai fini");
        signInIn("English", "Type your secret code.");
        waitForText("Hello Khadija L.!");
        openModule("The browser");
        waitForText("Step 2 of 4");
        clickButton("Back");
        waitForText("Step 1 of 4");
        stub("fr-FR", "en-GB");
        assertThat(listenLabel()).isEqualTo("Listen");
        listen();
        // A heading and a paragraph: two sentences, each highlighted while it is said.
        List<Map<String, Object>> step = waitUntilSaid(2);
        assertThat(step).extracting(s -> s.get("text")).containsExactly("Welcome", "You will learn to go to a website.");
        assertThat(step).extracting(s -> s.get("highlight")).containsExactly("Welcome",
                "You will learn to go to a website.");
        assertThat(step).extracting(s -> s.get("lang")).containsOnly("en");
        waitUntilIdle();
        clickButton("Next");
        waitForText("Step 2 of 4");
        stub("fr-FR", "en-GB");
        listen();
        assertThat(waitUntilSaid(3)).extracting(s -> s.get("text")).startsWith("Where do you type the address?",
                "In the address bar", "In the middle of the page");
        assertThat(said()).extracting(s -> s.get("lang")).containsOnly("en");
        waitUntilIdle();

        // Arabic, as she switches: the interface's words are read in Arabic; a module with no Arabic text is shown
        // and read in French, and the button says so in Arabic.
        clickButton("I’m done");
        goToKeypadIn("العربية", "اكتبي رمزكِ السري.");
        stub("fr-FR", "en-GB", "ar-SA");
        assertThat(listenLabel()).isEqualTo("استمعي");
        listen();
        waitUntilSaid(1);
        waitUntilIdle();
        assertThat(said()).extracting(s -> s.get("lang")).containsOnly("ar");
        assertThat(said()).extracting(s -> s.get("text")).containsExactly("اكتبي رمزكِ السري.");
        typeCode();
        waitForText("Khadija L.");
        openModule("Le navigateur");
        waitForText("الخطوة 2 من 4");
        stub("fr-FR", "en-GB", "ar-SA");
        assertThat(listenLabel()).isEqualTo("استمعي بالفرنسية");
        listen();
        List<Map<String, Object>> inFrench = waitUntilSaid(3);
        assertThat(inFrench.subList(0, 3)).extracting(s -> s.get("text")).containsExactly(
                "Où tapez-vous l'adresse ?", "Dans la barre d'adresse", "Au milieu de la page");
        assertThat(inFrench.subList(0, 3)).extracting(s -> s.get("lang")).containsOnly("fr");
        waitUntilIdle();
        assertAccessible("an exercise in French under the Arabic interface, with the Listen control");

        // No French voice on this computer: nothing said, nothing shown to her, a line on her teacher's live page.
        WebDriver learnersComputer = driver;
        WebDriver teachersComputer = newBrowser();
        try {
            use(teachersComputer);
            signInAsStaff("teacher", "demo-password");
            open("live");
            find(By.xpath("//vaadin-select[.//label[normalize-space(.)='Groupe']]")).click();
            find(By.xpath("//vaadin-select-item[@role='option'][normalize-space(.)='Groupe du matin']")).click();
            waitForVaadin();
            waitForText("Khadija L.");
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Pas de voix en français");

            use(learnersComputer);
            stub("en-GB", "ar-SA");
            String before = driver.findElement(By.tagName("body")).getText();
            listen();
            waitUntilIdle();
            // The French texts are skipped; the interface's own words (her feedback's verdict) are still read in Arabic.
            assertThat(said()).extracting(s -> s.get("lang")).doesNotContain("fr");
            assertThat(said()).extracting(s -> s.get("text")).contains("ليس تمامًا.")
                    .doesNotContain("Où tapez-vous l'adresse ?");
            assertThat(driver.findElement(By.tagName("body")).getText()).isEqualTo(before);

            use(teachersComputer);
            // The live page is not reloaded: the line arrives by server push.
            waitForText("Pas de voix en français sur cet ordinateur.");
            assertAccessible("the live room with a missing voice");
        } finally {
            use(teachersComputer);
            driver.quit();
            use(learnersComputer);
        }

        // A module written in Arabic too: its question, then each choice, read in Arabic.
        open("home");
        openModule("كلمة السرّ");
        waitForText("الخطوة");
        if (find(By.cssSelector(".step-counter")).getText().startsWith("الخطوة 1 ")) {
            clickButton("التالي");
        }
        waitForText("الخطوة 2 من 2");
        stub("fr-FR", "en-GB", "ar-SA");
        assertThat(listenLabel()).isEqualTo("استمعي");
        listen();
        List<Map<String, Object>> inArabic = waitUntilSaid(3);
        assertThat(inArabic.subList(0, 3)).extracting(s -> s.get("text")).containsExactly(
                "لا نعطي كلمة السرّ لأيّ أحد.", "صحيح", "خطأ");
        assertThat(inArabic.subList(0, 3)).extracting(s -> s.get("lang")).containsOnly("ar");
        assertThat(inArabic.subList(0, 3)).extracting(s -> s.get("highlight")).containsExactly(
                "لا نعطي كلمة السرّ لأيّ أحد.", "صحيح", "خطأ");
        waitUntilIdle();

        // Her language back to French, as a demo learner starts.
        clickButton("انتهيت");
        signInIn("Français", "Tapez votre code secret.");
        waitForText("Bonjour Khadija L. !");
        clickButton("J’ai fini");
        waitForText("Groupe du matin");
    }

    /** Her group, her name, then her language on the keypad screen (remembered for her), and her code. */
    private void signInIn(String language, String keypadTitle) {
        goToKeypadIn(language, keypadTitle);
        typeCode();
    }

    private void goToKeypadIn(String language, String keypadTitle) {
        waitForText("Groupe du matin");
        clickButton("Groupe du matin");
        clickButton("Khadija L.");
        clickButton(language);
        waitForText(keypadTitle);
    }

    /** Back, step by step, to the wanted step (she resumes where she stopped, maybe further on). */
    private void goToStep(String wanted) {
        waitForText(" sur ");
        for (int tries = 0; tries < 10 && !find(By.cssSelector(".step-counter")).getText().equals(wanted); tries++) {
            find(By.cssSelector("vaadin-button.back-button")).click();
            waitForVaadin();
        }
        waitForText(wanted);
    }

    private void typeCode() {
        for (char digit : "2468".toCharArray()) {
            find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']")).click();
        }
        waitForVaadin();
    }

    private void openModule(String title) {
        find(By.xpath("//a[contains(@class,'module-card')][contains(., " + literal(title) + ")]")).click();
        waitForVaadin();
    }

    private void chooseRadio(String label) {
        find(By.xpath("//vaadin-radio-button[contains(normalize-space(.), " + literal(label) + ")]"
                + "//span[contains(@class,'choice-text')]")).click();
        waitForVaadin();
    }

    private void stub(String... voiceLanguages) {
        ((JavascriptExecutor) driver).executeScript(STUB, List.of(voiceLanguages));
    }

    private WebElement shadow(String selector) {
        return find(By.cssSelector("dc-read-aloud")).getShadowRoot().findElement(By.cssSelector(selector));
    }

    private String listenLabel() {
        return shadow("[part~='listen']").getText().trim();
    }

    private void listen() {
        shadow("[part~='listen']").click();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> said() {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("return window.__spoken");
    }

    private List<Map<String, Object>> waitUntilSaid(int count) {
        wait.until(d -> said().size() >= count);
        return said();
    }

    /** Reading is over: the button says "Listen" again (whatever her language). */
    private void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !document.querySelector('dc-read-aloud').hasAttribute('reading')")));
    }
}
