package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online-service simulation's mistakes, as content/README.md lists them: the module is left out and the problem
 * names the file and the field. Each test breaks one thing in a small valid task.
 */
class EServiceSimulationContentTest {

    private static final String MODULE_YAML = "modules/service/module.yaml";

    /** A valid task: an account with its e-mail, a sign-in code, one page, one step of each goal. */
    private static final String TASK = """
            id: service
            topic: e-services
            level: 1
            competences: ["1.1"]
            minutes: 10
            title: { fr: Titre, en: Title }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: allowance
                type: e-service-simulation
                prompt: { fr: Faites la demande., en: Make the request. }
                service: { fr: Mon Espace Allocations, en: Mon Espace Allocations }
                address: www.mes-allocations.fr
                account:
                  - id: email
                    kind: email
                    label: { fr: E-mail, en: E-mail }
                    expected: "amina.diallo@exemple.fr"
                code: "482913"
                pages:
                  - id: identity
                    title: { fr: Identité, en: Identity }
                    fields:
                      - id: birth-date
                        kind: date
                        label: { fr: Date de naissance, en: Date of birth }
                        expected: "12/03/1985"
                      - id: social-security
                        kind: social-security-number
                        label: { fr: Numéro, en: Number }
                        expected: "2 85 03 38 185 042 29"
                      - id: postcode
                        kind: postcode
                        label: { fr: Code postal, en: Postcode }
                        expected: "38190"
                      - id: family
                        kind: choice
                        label: { fr: Situation, en: Situation }
                        expected: alone
                        options:
                          - id: alone
                            text: { fr: Seule, en: Alone }
                          - id: couple
                            text: { fr: En couple, en: With a partner }
                      - id: bill
                        kind: document
                        label: { fr: Facture, en: Bill }
                        expected: "facture.pdf"
                        files: ["photo.jpg", "facture.pdf"]
                steps:
                  - id: account
                    label: { fr: Compte, en: Account }
                    goal: create-account
                    wrong: { fr: Non., en: No. }
                  - id: sign-in
                    label: { fr: Connexion, en: Sign in }
                    goal: sign-in
                    wrong: { fr: Non., en: No. }
                  - id: identity
                    label: { fr: Identité, en: Identity }
                    goal: fill-page
                    page: identity
                    wrong: { fr: Non., en: No. }
                  - id: send
                    label: { fr: Envoyer, en: Send }
                    goal: submit
                    wrong: { fr: Non., en: No. }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    @BeforeEach
    void writeTopics() {
        write("topics.yaml", """
                topics:
                  - id: e-services
                    icon: institution
                    title: { fr: Démarches, en: Services }
                """);
    }

    @Test
    void the_valid_task_loads() {
        write(MODULE_YAML, TASK);

        Catalogue catalogue = new ContentLoader().load(content);

        assertThat(catalogue.problems()).isEmpty();
        EServiceSimulation task = (EServiceSimulation) catalogue.module("service").orElseThrow()
                .exercise("allowance").orElseThrow();
        assertThat(task.createsAccount()).isTrue();
        assertThat(task.signsIn()).isTrue();
        assertThat(task.pages().get(0).fields()).extracting(EServiceSimulation.Field::kind).containsExactly(
                EServiceSimulation.FieldKind.DATE, EServiceSimulation.FieldKind.SOCIAL_SECURITY_NUMBER,
                EServiceSimulation.FieldKind.POSTCODE, EServiceSimulation.FieldKind.CHOICE,
                EServiceSimulation.FieldKind.DOCUMENT);
    }

    @Test
    void an_expected_date_that_does_not_exist_leaves_the_module_out() {
        assertLeftOut(TASK.replace("\"12/03/1985\"", "\"31/02/1985\""),
                "steps[0].pages[0].fields[0].expected", "write a date that exists");
    }

    @Test
    void an_expected_social_security_number_with_a_wrong_key_leaves_the_module_out() {
        assertLeftOut(TASK.replace("042 29", "042 92"), "steps[0].pages[0].fields[1].expected", "the key");
    }

    @Test
    void an_expected_postcode_that_is_not_five_digits_leaves_the_module_out() {
        assertLeftOut(TASK.replace("\"38190\"", "\"3819\""), "steps[0].pages[0].fields[2].expected",
                "a postcode is 5 digits");
    }

    @Test
    void an_expected_e_mail_without_at_leaves_the_module_out() {
        assertLeftOut(TASK.replace("amina.diallo@exemple.fr", "amina.diallo.exemple.fr"),
                "steps[0].account[0].expected", "an @");
    }

    @Test
    void an_expected_option_or_file_the_field_does_not_have_leaves_the_module_out() {
        assertLeftOut(TASK.replace("expected: alone", "expected: married"), "steps[0].pages[0].fields[3].expected",
                "there is no option 'married'; the options are alone, couple");
        assertLeftOut(TASK.replace("expected: \"facture.pdf\"", "expected: \"passeport.pdf\""),
                "steps[0].pages[0].fields[4].expected", "there is no file 'passeport.pdf'");
    }

    @Test
    void a_choice_with_one_option_leaves_the_module_out() {
        assertLeftOut(TASK.replaceAll("(?m)^.*(- id: couple|With a partner).*\n", ""),
                "steps[0].pages[0].fields[3].options", "at least two options");
    }

    @Test
    void an_unknown_kind_of_field_leaves_the_module_out() {
        assertLeftOut(TASK.replace("kind: postcode", "kind: zipcode"), "steps[0].pages[0].fields[2].kind",
                "the kind must be text, date");
    }

    @Test
    void a_sign_in_step_without_a_code_leaves_the_module_out() {
        assertLeftOut(TASK.replace("    code: \"482913\"\n", ""), "steps[0].steps[1].goal", "add code:");
    }

    @Test
    void a_sign_in_without_an_account_needs_the_identifier_and_password() {
        String withoutAccount = TASK.replace("    account:\n      - id: email\n        kind: email\n"
                + "        label: { fr: E-mail, en: E-mail }\n        expected: \"amina.diallo@exemple.fr\"\n", "")
                .replace("      - id: account\n        label: { fr: Compte, en: Account }\n"
                        + "        goal: create-account\n        wrong: { fr: Non., en: No. }\n", "");
        assertThat(withoutAccount).doesNotContain("account");
        Catalogue catalogue = assertLeftOut(withoutAccount, "steps[0].identifier", "write the identifier");
        assertThat(catalogue.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("steps[0].password"));

        write(MODULE_YAML, withoutAccount.replace("    code:", "    identifier: \"amina.diallo@exemple.fr\"\n"
                + "    password: \"Bellecombe38\"\n    code:"));
        assertThat(new ContentLoader().load(content).problems()).isEmpty();
    }

    @Test
    void a_fill_page_step_naming_a_page_the_form_does_not_have_leaves_the_module_out() {
        assertLeftOut(TASK.replace("page: identity", "page: identiy"), "steps[0].steps[2].page",
                "there is no page 'identiy'; the pages are identity");
    }

    @Test
    void two_fields_with_the_same_id_or_a_field_named_like_the_screens_own_fields_leave_the_module_out() {
        assertLeftOut(TASK.replace("- id: postcode", "- id: birth-date"), "steps[0].pages[0].fields[2].id",
                "already used by steps[0].pages[0].fields[0]");
        assertLeftOut(TASK.replace("- id: postcode", "- id: password"), "steps[0].pages[0].fields[2].id",
                "taken by the screens' own fields");
    }

    @Test
    void an_account_without_an_e_mail_to_sign_in_with_leaves_the_module_out() {
        assertLeftOut(TASK.replace("kind: email", "kind: text"), "steps[0].account", "add a field of kind email");
    }

    private Catalogue assertLeftOut(String yaml, String field, String messagePart) {
        write(MODULE_YAML, yaml);
        return new ContentFolder(content).assertLeftOut(MODULE_YAML, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
