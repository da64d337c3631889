package org.digitalcentre.plan;

import org.digitalcentre.BrowserTest;
import org.digitalcentre.content.ContentCatalogue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cohort plan on a 1366 px screen: the longest module title (of the real content and of the tests' catalogue),
 * in French, fits whole in the plan's module fields (today's workshop, add to a week), measured in the browser with the field's own font.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plan-fields;DB_CLOSE_DELAY=-1")
class CohortPlanFieldsIT extends BrowserTest {

    @Autowired
    ContentCatalogue catalogue;

    @Test
    void the_longest_module_title_fits_whole_in_the_plan_fields() {
        // The tests' catalogue has short fixture titles: take the longest French titles of the real content too.
        String longest = Stream.concat(Stream.of("Harcèlement en ligne : se protéger et trouver de l'aide",
                        "Remplir un formulaire en ligne et ajouter des documents"),
                catalogue.modules().stream().map(module -> module.title().in("fr")))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        driver.manage().window().setSize(new Dimension(1366, 768));
        signInAsStaff("teacher", "demo-password");
        open("plan");
        find(By.cssSelector("vaadin-combo-box.module-chooser input"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript("""
                const canvas = document.createElement('canvas').getContext('2d');
                return [...document.querySelectorAll('vaadin-combo-box.module-chooser input')].map(input => {
                  const style = getComputedStyle(input);
                  canvas.font = style.font;
                  const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                  return {text: Math.ceil(canvas.measureText(arguments[0]).width), room: Math.floor(room)};
                });""", longest);

        System.out.printf("Longest title \"%s\" (%d characters): %s%n", longest, longest.length(), fields);
        assertThat(fields).as("today's workshop and each week").hasSizeGreaterThan(1);
        assertThat(fields).allSatisfy(field -> assertThat(((Number) field.get("text")).longValue())
                .as("the title's width against the field's room, in px")
                .isLessThanOrEqualTo(((Number) field.get("room")).longValue()));
    }
}
