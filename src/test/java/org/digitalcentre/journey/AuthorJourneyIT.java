package org.digitalcentre.journey;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authoring "done when", in a real browser, following the authors' guide (content/README.md, "Your first module,
 * step by step") word for word: an author writes the guide's module {@code browsing-zoom} as files with the guide's
 * deliberate mistake, sees the mistake with its file and field in the library, fixes it, previews the module in
 * French and in English with the easy-reading view, and a learner in another browser takes it at once; then the same
 * module, under a new id, is sent as a .zip from the library and the learner sees it too, while a .zip with a file
 * type that is not allowed is refused with its reason. All of it in one running app: no restart, no developer. The
 * library and the preview pass an axe audit for WCAG 2.2 A and AA.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:author-journey;DB_CLOSE_DELAY=-1")
class AuthorJourneyIT extends BrowserTest {

    /** The app reads and writes this copy of the fixtures, never src/. */
    private static final Path CONTENT = copyOfTheFixtures();

    /** The guide's module.yaml, step 2. */
    private static final String MODULE_YAML = """
            id: browsing-zoom
            topic: browsing
            level: 1
            competences: ["1.1"]
            minutes: 10
            title:
              fr: "Voir la page en plus grand"
              en: "See the page bigger"
            summary:
              fr: "Agrandir le texte d'une page, puis revenir à la taille normale."
              en: "Make the text of a page bigger, then go back to the normal size."
            steps:
              - id: bigger
                type: text
                file: zoom

              - id: ctrl-plus
                type: true-false
                prompt:
                  fr: "Vrai ou faux : Ctrl et + agrandissent la page."
                  en: "True or false: Ctrl and + make the page bigger."
                answer: true
                feedback:
                  right:
                    fr: "Oui. Ctrl et + agrandissent. Ctrl et 0 reviennent à la taille normale."
                    en: "Yes. Ctrl and + make it bigger. Ctrl and 0 go back to the normal size."
                  wrong:
                    fr: "C'est vrai : Ctrl et + agrandissent la page."
                    en: "It is true: Ctrl and + make the page bigger."
            """;

    /** The guide's zoom.fr.md, step 3. */
    private static final String ZOOM_FR = """
            ## Voir plus grand

            Le texte est trop petit ? Vous pouvez l'agrandir.

            Appuyez sur la touche **Ctrl** et, en même temps, sur la touche **+**.

            Pour revenir, appuyez sur **Ctrl** et **0**.
            """;

    /** The guide's zoom.en.md, step 3. */
    private static final String ZOOM_EN = """
            ## See it bigger

            Is the text too small? You can make it bigger.

            Press the **Ctrl** key and, at the same time, the **+** key.

            To go back, press **Ctrl** and **0**.
            """;

    /** The learner's computer, beside the author's. */
    private WebDriver workstation;

    @DynamicPropertySource
    static void itsOwnContentFolder(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    @AfterEach
    void theWorkstationIsSwitchedOff() {
        if (workstation != null) {
            workstation.quit();
        }
    }

    @Test
    void an_author_writes_a_module_fixes_it_previews_it_and_learners_take_it_then_the_same_as_a_zip()
            throws IOException {
        // Step 5 of the guide: the staff area, with an author's account, opens on the library.
        open("login");
        find(By.cssSelector("input[name='username']")).sendKeys("author");
        find(By.cssSelector("input[name='password']")).sendKeys("demo-password");
        clickButton("Se connecter");
        waitForText("Relire les fichiers");
        assertAccessible("the library");

        // Steps 1 to 3, with the mistake of step 7: the line `en: "See the page bigger"` deleted.
        Path folder = CONTENT.resolve("modules/browsing-zoom");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("module.yaml"), MODULE_YAML.replace("  en: \"See the page bigger\"\n", ""),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("zoom.fr.md"), ZOOM_FR, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("zoom.en.md"), ZOOM_EN, StandardCharsets.UTF_8);

        // Steps 6 and 7: read the files again, see the mistake with its file and field.
        clickButton("Relire les fichiers");
        waitForText("Fichiers relus :");
        wait.until(d -> find(By.cssSelector("vaadin-grid.content-problems")).getText()
                .contains("modules/browsing-zoom/module.yaml"));
        assertThat(find(By.cssSelector("vaadin-grid.content-problems")).getText())
                .contains("title.en").contains("the English text is missing or empty");
        assertThat(modulesTable()).doesNotContain("browsing-zoom");
        assertAccessible("the library with a mistake");

        // Put the line back, read the files again: the module is in the table, valid.
        Files.writeString(folder.resolve("module.yaml"), MODULE_YAML, StandardCharsets.UTF_8);
        clickButton("Relire les fichiers");
        wait.until(d -> modulesTable().contains("browsing-zoom"));
        assertThat(modulesTable()).contains("Voir la page en plus grand").contains("Valide")
                .doesNotContain("Erreur dans les fichiers");
        assertThat(find(By.cssSelector("vaadin-grid.content-problems")).getText()).doesNotContain("browsing-zoom");
        untilTheMessageCloses();

        // Step 8: preview it in both languages, in the easy-reading view, and answer the exercise.
        find(By.xpath("//a[@aria-label=" + literal("Aperçu de « Voir la page en plus grand »") + "]")).click();
        waitForVaadin();
        waitForText("Rien n’est enregistré.");
        assertThat(find(By.cssSelector(".module-player h1")).getText()).isEqualTo("Voir la page en plus grand");
        assertThat(find(By.cssSelector(".step-text")).getText()).contains("Voir plus grand")
                .contains("Le texte est trop petit ?");
        chooseInSelect("Langue", "English");
        waitForText("See the page bigger");
        assertThat(find(By.cssSelector(".step-text")).getText()).contains("See it bigger")
                .contains("Is the text too small?");
        find(By.xpath("//vaadin-checkbox[contains(normalize-space(.), 'lecture facile')]")).click();
        waitForVaadin();
        find(By.cssSelector(".low-literacy .module-player"));
        clickButton("Suivant");
        waitForText("True or false: Ctrl and + make the page bigger.");
        chooseRadio("Vrai");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(find(By.cssSelector(".feedback")).getText()).contains("Yes. Ctrl and + make it bigger.");
        assertAccessible("the preview");

        // Step 9: a learner, on another computer, takes it now.
        WebDriver authorsComputer = driver;
        workstation = newBrowser();
        try {
            use(workstation);
            open("");
            signInAsAmina();
            waitForText("Bonjour Amina D. !");
            find(By.xpath("//section[contains(@class,'topic')][.//h2[contains(., 'Naviguer sur Internet')]]"
                    + "//a[contains(@class,'module-card')][contains(., 'Voir la page en plus grand')]")).click();
            waitForVaadin();
            waitForText("Étape 1 sur 2");
            assertThat(find(By.cssSelector(".step-text")).getText()).contains("Voir plus grand");
            clickButton("Suivant");
            chooseRadio("Vrai");
            clickButton("Vérifier");
            waitForText("Bonne réponse !");
            assertThat(find(By.cssSelector(".feedback")).getText()).contains("Oui. Ctrl et + agrandissent.");
        } finally {
            use(authorsComputer);
        }

        // Step 10: the same module as a .zip, under a new id, sent from the library.
        open("library");
        waitForText("Ajouter ou remplacer un module (.zip)");
        upload(zip("browsing-zoom-2", Map.of(
                "module.yaml", MODULE_YAML.replace("id: browsing-zoom", "id: browsing-zoom-2"),
                "zoom.fr.md", ZOOM_FR,
                "zoom.en.md", ZOOM_EN)));
        waitForText("Module « browsing-zoom-2 » ajouté. Les apprenantes peuvent le suivre.");
        wait.until(d -> modulesTable().contains("browsing-zoom-2"));

        use(workstation);
        try {
            open("home");
            waitForText("Bonjour Amina D. !");
            find(By.cssSelector("a.module-card[href$='module/browsing-zoom-2']")).click();
            waitForVaadin();
            waitForText("Étape 1 sur 2");
            assertThat(find(By.cssSelector(".step-text")).getText()).contains("Voir plus grand");
        } finally {
            use(authorsComputer);
        }

        // A second .zip from the same page, with a file that is not allowed: refused whole, with the reason.
        upload(zip("browsing-zoom-3", Map.of(
                "module.yaml", MODULE_YAML.replace("id: browsing-zoom", "id: browsing-zoom-3"),
                "zoom.fr.md", ZOOM_FR,
                "zoom.en.md", ZOOM_EN,
                "zoom.js", "alert('hello');")));
        waitForText("Le module n’a pas été ajouté. Voici pourquoi :");
        assertThat(find(By.cssSelector("vaadin-grid.upload-problems")).getText())
                .contains("'browsing-zoom-3/zoom.js' is not allowed");
        assertThat(modulesTable()).doesNotContain("browsing-zoom-3");
        assertThat(CONTENT.resolve("modules/browsing-zoom-3")).doesNotExist();
        assertAccessible("the library with a refused upload");
    }

    /** A message shows in the middle of the page for a few seconds, over what is under it. */
    private void untilTheMessageCloses() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
    }

    private String modulesTable() {
        return find(By.cssSelector("vaadin-grid.content-modules")).getText();
    }

    /** Gives the zip's path to the upload's file input, as choosing it in the file dialog does. */
    private void upload(Path zip) {
        WebElement input = find(By.cssSelector("vaadin-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(zip.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** A zip as the guide says to make one: the module's folder, with its files inside. */
    private static Path zip(String folderName, Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile(folderName, ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry(folderName + "/" + file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        return zip;
    }

    private void signInAsAmina() {
        clickButton("Groupe du matin");
        waitForText("Touchez votre nom");
        clickButton("Amina D.");
        waitForText("Tapez votre code secret");
        for (char digit : "1234".toCharArray()) {
            find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']"))
                    .click();
        }
        waitForVaadin();
    }

    private void chooseRadio(String label) {
        find(By.xpath("//vaadin-radio-button[contains(normalize-space(.), " + literal(label) + ")]")).click();
        waitForVaadin();
    }

    private void chooseInSelect(String label, String item) {
        find(By.xpath("//vaadin-select[.//label[normalize-space(.)=" + literal(label) + "]]")).click();
        find(By.xpath("//vaadin-select-item[@role='option'][normalize-space(.)=" + literal(item) + "]")).click();
        waitForVaadin();
    }

    private static Path copyOfTheFixtures() {
        try {
            Path folder = Files.createTempDirectory("author-journey-content");
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
