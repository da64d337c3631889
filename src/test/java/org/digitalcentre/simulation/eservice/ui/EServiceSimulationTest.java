package org.digitalcentre.simulation.eservice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The online-service simulation in the module player: it is set up from the content, the server checks every value
 * and grades each step, the wrong birth date shows why, a half-done try survives leaving, and her teacher sees which
 * step she failed.
 */
class EServiceSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensTheOnlineService() {
        aminaOpens("test-sim-e-service");
    }

    @Test
    void the_task_shows_its_scenario_the_service_the_account_form_and_an_empty_phone() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo, born on 12/03/1985.")
                .as("her e-mail address is text, not a link that opens the computer's mail program")
                .contains("E-mail: amina.diallo\\@exemple.fr.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Create your account", "Sign in with the code of the text message", "Send your request");
        assertThat(_get(H3.class, spec -> spec.withClasses("sim-e-service-name")).getElement().getTextRecursively())
                .isEqualTo("Mon Espace Allocations");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-e-service-address")).getElement()
                .getTextRecursively()).isEqualTo("www.mes-allocations.fr");
        assertThat(screen()).isEqualTo("account");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Mobile phone")).getHelperText())
                .isEqualTo("10 digits, for example 06 00 00 00 00");
        assertThat(phone()).contains("No new message.");
    }

    @Test
    void a_wrong_birth_date_makes_that_step_wrong_with_why_the_teacher_sees_it_and_starting_again_gets_it_right() {
        createTheAccountAndSignIn();
        fillIn("Date of birth", "21/03/1985");
        fillInTheRestOfTheIdentity();
        clickButton("Continue");
        addTheCertificate();
        clickButton("Send my request");
        assertThat(screen()).isEqualTo("sent");

        clickButton("Check");

        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("wrong");
        assertThat(step("identity").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(step("account").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "identity")), Markdown.class).getContent()).contains("The date of birth is 12/03/1985");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("account:RIGHT", "sign-in:RIGHT", "identity:WRONG", "proof:RIGHT",
                "submit:RIGHT");
        assertThat(learning.draftOf(learner, "test-sim-e-service", "family-allowance")).isEmpty();

        clickButton("Start again");
        assertThat(screen()).isEqualTo("account");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        assertThat(phone()).contains("No new message.");
        createTheAccountAndSignIn();
        fillIn("Date of birth", "12/03/1985");
        fillInTheRestOfTheIdentity();
        clickButton("Continue");
        addTheCertificate();
        clickButton("Send my request");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(String.join(" ", _getFormattedRow(attempts, 1)))
                .contains("✓ Create your account", "✗ Fill in your identity", "✓ Add the certificate");
        assertThat(String.join(" ", _getFormattedRow(attempts, 0)))
                .contains("✓ Fill in your identity", "✓ Send your request");
    }

    @Test
    void values_that_fail_the_real_world_checks_keep_her_on_the_page_with_a_message_at_each_field() {
        createTheAccountAndSignIn();
        fillIn("Date of birth", "31/02/1985");
        fillIn("Social security number", "2 85 03 38 185 042 92");
        clickButton("Continue");

        assertThat(screen()).isEqualTo("page-identity");
        TextField date = _get(TextField.class, spec -> spec.withLabel("Date of birth"));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("This date does not exist.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Social security number")).getErrorMessage())
                .isEqualTo("This number is not valid. Check each digit on your card.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Situation")).getErrorMessage())
                .isEqualTo("Choose an answer.");
    }

    @Test
    void the_code_arrives_on_the_phone_and_a_wrong_code_is_refused_with_a_message() {
        createTheAccount();
        fillIn("Username (your e-mail)", "amina.diallo@exemple.fr");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "Bellecombe38");
        clickButton("Sign in");

        assertThat(phone()).contains("Text from Mon Espace Allocations: your code is 482913.");
        fillIn("Code in the text message", "482931");
        clickButton("Confirm the code");
        assertThat(screen()).isEqualTo("code");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code in the text message")).getErrorMessage())
                .isEqualTo("This is not the right code. Look at the text message on your phone.");
    }

    @Test
    void a_half_done_try_is_there_again_when_she_comes_back() {
        createTheAccountAndSignIn();
        fillIn("Date of birth", "12/03/1985");
        assertThat(learning.draftOf(amina(), "test-sim-e-service", "family-allowance"))
                .hasSizeGreaterThan(5);

        open("home");
        open("module/test-sim-e-service");

        assertThat(screen()).isEqualTo("page-identity");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Date of birth")).getValue()).isEqualTo("12/03/1985");
        assertThat(phone()).contains("482913");
    }

    @Test
    void coming_back_before_signing_in_she_chooses_her_password_again_as_it_was_not_kept() {
        createTheAccount();
        fillIn("Username (your e-mail)", "amina.diallo@exemple.fr");
        assertThat(learning.draftOf(amina(), "test-sim-e-service", "family-allowance"))
                .noneMatch(event -> event.value().contains("Bellecombe38"));

        open("home");
        open("module/test-sim-e-service");

        assertThat(screen()).isEqualTo("account");
        assertThat(_get(TextField.class, spec -> spec.withLabel("E-mail address")).getValue())
                .isEqualTo("amina.diallo@exemple.fr");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")).getValue()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-password-not-kept")).getElement()
                .getTextRecursively()).contains("Type it again.");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "Other-Password-12");
        clickButton("Create my account");
        fillIn("Username (your e-mail)", "amina.diallo@exemple.fr");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "Other-Password-12");
        clickButton("Sign in");
        assertThat(screen()).isEqualTo("code");
    }

    private static void createTheAccount() {
        fillIn("E-mail address", "amina.diallo@exemple.fr");
        fillIn("Mobile phone", "06 12 34 56 78");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "Bellecombe38");
        clickButton("Create my account");
        assertThat(screen()).isEqualTo("sign-in");
    }

    private static void createTheAccountAndSignIn() {
        createTheAccount();
        fillIn("Username (your e-mail)", "amina.diallo@exemple.fr");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "Bellecombe38");
        clickButton("Sign in");
        fillIn("Code in the text message", "482913");
        clickButton("Confirm the code");
        assertThat(screen()).isEqualTo("page-identity");
    }

    @SuppressWarnings("unchecked")
    private static void fillInTheRestOfTheIdentity() {
        fillIn("Social security number", "2 85 03 38 185 042 29");
        RadioButtonGroup<Object> situation = _get(RadioButtonGroup.class, spec -> spec.withLabel("Situation"));
        _setValue(situation, situation.getListDataView().getItems()
                .filter(o -> o.toString().contains("alone")).findFirst().orElseThrow());
    }

    private static void addTheCertificate() {
        assertThat(screen()).isEqualTo("page-proof");
        clickButton("Choose a file");
        _click(_get(Button.class, spec -> spec.withClasses("sim-e-service-file").withText("attestation-caf.pdf")));
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-e-service-document")).getElement()
                .getTextRecursively()).contains("attestation-caf.pdf");
        clickButton("Continue");
        assertThat(screen()).isEqualTo("review");
    }

    private static void fillIn(String label, String value) {
        _setValue(_get(TextField.class, spec -> spec.withLabel(label)), value);
    }

    private static String screen() {
        return _get(Div.class, spec -> spec.withClasses("sim-e-service-screen")).getElement()
                .getAttribute("data-screen");
    }

    private static String phone() {
        return _get(Div.class, spec -> spec.withClasses("sim-e-service-phone")).getElement().getTextRecursively();
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }
}
