package org.digitalcentre.simulation;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * Amina types passwords in the password workshop and in the online service, checks her tries and leaves one half
 * done; her teacher reads her answers. None of the texts she typed is in any text column of any table, nor in the
 * log, and her steps were graded on what she typed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PracticePasswordsNeverStoredTest extends SimulationKaribuTest {

    private static final String WORKSHOP_PASSWORD = "zebre-violon-nuage-ocean";
    private static final String DRAFT_PASSWORD = "papillon-marmite-tuba-cactus";
    private static final String CHOSEN_PASSWORD = "Secret-Bellecombe-4242";
    private static final String WRONG_PASSWORD = "Wrong-Secret-9977";

    @Test
    void no_typed_password_is_in_the_database_nor_in_the_log(CapturedOutput output) {
        aminaOpens("test-sim-password");
        _setValue(passwordField("New password"), WORKSHOP_PASSWORD);
        _setValue(passwordField("Type it again"), WORKSHOP_PASSWORD);
        chooseWay("notebook");
        clickButton("Check");
        clickButton("Start again");
        _setValue(passwordField("New password"), DRAFT_PASSWORD);
        assertThat(learning.draftOf(amina(), "test-sim-password", "new-account")).isNotEmpty();

        open("module/test-sim-e-service");
        fillIn("E-mail address", "amina.diallo@exemple.fr");
        fillIn("Mobile phone", "06 12 34 56 78");
        _setValue(passwordField("Choose a password"), CHOSEN_PASSWORD);
        clickButton("Create my account");
        fillIn("Username (your e-mail)", "amina.diallo@exemple.fr");
        _setValue(passwordField("Password"), WRONG_PASSWORD);
        clickButton("Sign in");
        _setValue(passwordField("Password"), CHOSEN_PASSWORD);
        clickButton("Sign in");
        fillIn("Code in the text message", "482913");
        clickButton("Confirm the code");
        clickButton("Check");

        assertThat(gradedSteps()).as("graded on what she typed").containsSubsequence(
                "no-facts:RIGHT", "long:RIGHT", "strong:RIGHT", "same-twice:RIGHT", "keep-it:RIGHT")
                .contains("account:RIGHT", "sign-in:WRONG");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + amina());
        open("difficult/" + cohort.id());

        List<String> typed = List.of(WORKSHOP_PASSWORD, DRAFT_PASSWORD, CHOSEN_PASSWORD, WRONG_PASSWORD);
        Map<String, List<String>> found = whereInTheDatabase(typed);
        assertThat(found).as("text columns scanned").isNotEmpty();
        found.forEach((password, columns) -> assertThat(columns).as("columns holding %s", password).isEmpty());
        for (String password : typed) {
            assertThat(output.getAll()).as("log").doesNotContain(password);
        }
    }

    /** For each text, the table.column that hold it, in every text column of every table of the schema. */
    private Map<String, List<String>> whereInTheDatabase(List<String> texts) {
        entityManager.flush();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where lower(table_schema) = 'public' and lower(data_type) in "
                + "('character varying', 'character large object', 'character', 'text', 'clob', 'varchar')");
        assertThat(columns).as("the schema's text columns").hasSizeGreaterThan(20)
                .anyMatch(c -> "answer".equalsIgnoreCase((String) c.get("column_name")))
                .anyMatch(c -> "events".equalsIgnoreCase((String) c.get("column_name")));
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        for (String text : texts) {
            List<String> holding = new ArrayList<>();
            for (Map<String, Object> column : columns) {
                String table = (String) column.get("table_name");
                String name = (String) column.get("column_name");
                Integer rows = jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name
                        + "\" like ?", Integer.class, "%" + text + "%");
                if (rows != null && rows > 0) {
                    holding.add(table + "." + name);
                }
            }
            found.put(text, holding);
        }
        return found;
    }

    private static PasswordField passwordField(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private static void fillIn(String label, String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(label)), value);
    }

    @SuppressWarnings("unchecked")
    private static void chooseWay(String wayId) {
        RadioButtonGroup<Choice> ways = _get(RadioButtonGroup.class, spec -> spec.withClasses("sim-password-ways"));
        _setValue(ways, ways.getListDataView().getItems().filter(way -> way.id().equals(wayId)).findFirst()
                .orElseThrow());
    }
}
