package org.digitalcentre.simulation.spreadsheet;

import org.digitalcentre.simulation.SimulationBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet in a real browser, as a learner uses it: she chooses cells, types amounts and a SOMME formula with
 * the keyboard (Enter goes to the cell below), gets the rent wrong and sees why, corrects it, puts the total in euros
 * and gets it right; her teacher sees the failed step. Audited with axe for WCAG 2.2 A and AA.
 */
class SpreadsheetSimulationIT extends SimulationBrowserTest {

    @Test
    void a_learner_fills_a_budget_gets_the_rent_wrong_corrects_it_and_her_teacher_sees_the_failed_step() {
        openAsAmina("test-sim-spreadsheet");
        waitForText("Tapez le loyer en B2, puis le total en B4 avec une formule, en euros.");
        assertAccessible("the spreadsheet simulation");

        cell("B2").click();
        waitForVaadin();
        typeInto("Contenu de la cellule B2", "540", Keys.ENTER);
        waitForCell("B2", "540");
        // Enter went to the cell below: B3 is filled by the file; B4 is next.
        cell("B4").click();
        waitForVaadin();
        typeInto("Contenu de la cellule B4", "=SOMME(B2:B3)", Keys.ENTER);
        waitForCell("B4", "860");
        cell("B4").click();
        waitForVaadin();
        clickButton("Format euro");
        waitForCell("B4", "860,00 €");

        clickButton("Vérifier");
        waitForText("Pas réussi : Tapez le loyer en B2");
        assertStep("rent", "wrong");
        assertThat(find(By.cssSelector(".sim-step[data-step='rent']")).getText())
                .contains("Le loyer de Sophie est de 450 €.");
        assertAccessible("the spreadsheet with its feedback");

        cell("B2").click();
        waitForVaadin();
        typeInto("Contenu de la cellule B2", "450", Keys.ENTER);
        waitForCell("B4", "770,00 €");
        clickButton("Vérifier");
        waitForText("Bonne réponse !");
        assertThat(result()).isEqualTo("right");

        assertThat(aminasAttemptsAsHerTeacherSeesThem()).contains("✗ Tapez le loyer en B2")
                .contains("✓ Tapez le loyer en B2");
    }

    private WebElement cell(String reference) {
        return find(By.cssSelector(".sim-sheet-cell[data-cell='" + reference + "']"));
    }

    private void waitForCell(String reference, String shown) {
        wait.until(d -> d.findElement(By.cssSelector(".sim-sheet-cell[data-cell='" + reference + "']")).getText()
                .replace('\u202f', ' ').replace('\u00a0', ' ').equals(shown));
    }
}
