package org.digitalcentre.journey;

import org.digitalcentre.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teacher workspace's "done when", in a real browser with the demo data: the teacher creates a cohort, imports
 * its learners from a CSV file, plans weeks 1 and 2 and marks today's workshop; a learner sees the workshop first
 * and presses "I need help", and the teacher sees it live; after some answers the teacher reads the difficult
 * exercises with their wrong answers, writes a note, adds a review to next week and exports the CSV. Every teacher
 * page passes an axe audit for WCAG 2.2 A and AA.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:teacher-journey;DB_CLOSE_DELAY=-1")
class TeacherJourneyIT extends BrowserTest {

    /** The learner's computer, beside the teacher's. */
    private WebDriver workstation;

    @AfterEach
    void theWorkstationIsSwitchedOff() {
        if (workstation != null) {
            workstation.quit();
        }
    }

    @Test
    void a_teacher_sets_up_a_cohort_plans_it_follows_it_live_and_acts_on_its_results() throws IOException {
        signInAsTeacher();

        open("cohorts");
        waitForText("Groupes");
        assertAccessible("the cohorts");
        clickButton("Nouveau groupe");
        WebElement dialog = find(By.cssSelector("vaadin-dialog-overlay"));
        typeInto(field(dialog, "Nom du groupe"), "Groupe du soir");
        clickButton("Enregistrer");
        waitForText("Groupe du soir");

        find(By.xpath("//vaadin-button[@aria-label='Apprenantes du groupe Groupe du soir']")).click();
        waitForVaadin();
        waitForText("Apprenantes : Groupe du soir");
        assertAccessible("a cohort's learners");
        Path csv = Files.createTempFile("apprenantes", ".csv");
        Files.write(csv, "prénom;initiale;code\nNadia;B;4321\nZoé;K;8765\n;;\n".getBytes(StandardCharsets.UTF_8));
        SearchContext upload = find(By.cssSelector("vaadin-upload")).getShadowRoot();
        upload.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        waitForText("Inscrites : 2. Lignes refusées : 0.");
        waitForText("Zoé K.");
        assertAccessible("an import's report");

        open("plan");
        waitForText("Programme du groupe");
        chooseInSelect("Groupe", "Groupe du matin");
        assertAccessible("the plan");
        chooseInComboBox("Ajouter un module à la semaine 1", "Le navigateur");
        find(By.xpath("//vaadin-button[@aria-label='Ajouter un module à la semaine 1']")).click();
        waitForVaadin();
        chooseInComboBox("Ajouter un module à la semaine 2", "Le mot de passe");
        find(By.xpath("//vaadin-button[@aria-label='Ajouter un module à la semaine 2']")).click();
        waitForVaadin();
        chooseInComboBox("Module de l’atelier", "Le navigateur");
        clickButton("Choisir pour aujourd’hui");
        waitForText("Aujourd’hui : « Le navigateur ».");

        open("live");
        chooseInSelect("Groupe", "Groupe du matin");
        waitForText("Connectées : 0.");
        WebDriver teachersComputer = driver;
        workstation = newBrowser();
        try {
            use(workstation);
            open("");
            clickButton("Groupe du matin");
            clickButton("Amina D.");
            for (char digit : "1234".toCharArray()) {
                find(By.xpath("//vaadin-button[contains(@class,'keypad-key')][normalize-space(.)='" + digit + "']"))
                        .click();
            }
            waitForVaadin();
            waitForText("L’atelier d’aujourd’hui");
            WebElement firstSection = find(By.cssSelector(".learner-home section"));
            assertThat(firstSection.getAttribute("class")).contains("todays-workshop");
            assertThat(firstSection.getText()).contains("Le navigateur");
            firstSection.findElement(By.cssSelector("a.module-card")).click();
            waitForVaadin();
            clickButton("Suivant");
            find(By.xpath("//vaadin-radio-button[contains(normalize-space(.), 'Au milieu de la page')]")).click();
            clickButton("Vérifier");
            waitForText("Pas tout à fait.");
            clickButton("J’ai besoin d’aide");
            waitForText("La formatrice arrive");
        } finally {
            use(teachersComputer);
        }

        // The teacher's page was not reloaded: the hand arrives by server push.
        waitForText("Besoin d’aide : elle a demandé");
        assertThat(find(By.cssSelector(".live-summary")).getText()).isEqualTo("Connectées : 1. Besoin d’aide : 1.");
        assertAccessible("the live room");

        // She has been helped: the teacher taps "Done", and the learner may ask again at once, on this step and the
        // next ones (her button used to stay "The teacher is coming" until she left the module).
        clickButton("Fait");
        wait.until(d -> d.findElement(By.cssSelector(".live-summary")).getText()
                .equals("Connectées : 1. Besoin d’aide : 0."));
        use(workstation);
        try {
            By help = By.cssSelector("vaadin-button.help-button");
            wait.until(d -> d.findElement(help).getText().equals("J’ai besoin d’aide")
                    && d.findElement(help).getAttribute("disabled") == null);
            clickButton("Suivant");
            waitForText("Étape 3 sur 4");
            wait.until(d -> d.findElement(help).getText().equals("J’ai besoin d’aide")
                    && d.findElement(help).getAttribute("disabled") == null);
            find(help).click();
            waitForText("La formatrice arrive");
        } finally {
            use(teachersComputer);
        }
        wait.until(d -> d.findElement(By.cssSelector(".live-summary")).getText()
                .equals("Connectées : 1. Besoin d’aide : 1."));

        open("difficult");
        waitForText("Exercices difficiles");
        chooseInSelect("Groupe", "Groupe du matin");
        waitForText("« Au milieu de la page » (1)");
        assertAccessible("the difficult exercises");
        clickButton("Qui a répondu quoi");
        waitForText("Amina D.");
        clickButton("Fermer");
        clickButton("Revoir en semaine");
        waitForText("ajouté à la semaine");

        open("cohort-progress");
        waitForText("Progrès du groupe");
        chooseInSelect("Groupe", "Groupe du matin");
        assertAccessible("the group dashboard");
        assertThat(find(By.cssSelector("a.export-csv")).getAttribute("href")).isNotBlank();
        find(By.xpath("//a[@aria-label='Voir la page de Amina D.']")).click();
        waitForVaadin();
        waitForText("Notes de l’équipe");
        assertAccessible("a learner's page");
        typeInto(find(By.xpath("//vaadin-text-area[.//label[normalize-space(.)='Objectifs']]//textarea")),
                "Envoyer un e-mail seule.");
        clickButton("Enregistrer la note");
        waitForText("Envoyer un e-mail seule.");
    }

    private void signInAsTeacher() {
        open("login");
        find(By.cssSelector("input[name='username']")).sendKeys("teacher");
        find(By.cssSelector("input[name='password']")).sendKeys("demo-password");
        clickButton("Se connecter");
        waitForText("Progrès du groupe");
    }

    private WebElement field(WebElement within, String label) {
        return within.findElement(By.xpath("//vaadin-text-field[.//label[normalize-space(.)='" + label + "']]//input"));
    }

    private void typeInto(WebElement input, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private void chooseInSelect(String label, String item) {
        find(By.xpath("//vaadin-select[.//label[normalize-space(.)=" + literal(label) + "]]")).click();
        find(By.xpath("//vaadin-select-item[@role='option'][normalize-space(.)=" + literal(item) + "]")).click();
        waitForVaadin();
        waitForText(item);
    }

    private void chooseInComboBox(String label, String item) {
        WebElement input = find(By.xpath("//vaadin-combo-box[.//label[normalize-space(.)=" + literal(label)
                + "]]//input"));
        // The plan's fields are wide now: their middle, where Selenium clicks, must not sit under a fixed bar.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(item);
        waitForVaadin();
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }
}
