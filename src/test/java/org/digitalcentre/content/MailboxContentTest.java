package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes an author can make in a mailbox simulation (content/README.md, "The mistakes it catches"): the
 * module is left out and the problem names the file and the field.
 */
class MailboxContentTest {

    private static final String MODULE_YAML = "modules/mail/module.yaml";

    private static final String MAILBOX = """
            id: mail
            topic: safety
            level: 1
            competences: ["4.1"]
            minutes: 10
            title: { fr: Titre, en: Title }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: inbox
                type: mailbox-simulation
                prompt: { fr: Triez., en: Sort. }
                messages:
                  - id: bank
                    kind: email
                    from: "alerte@tilleuls-secur1te.net"
                    subject: { fr: "URGENT : carte", en: "URGENT: card" }
                    body: { fr: "Cliquez sur tilleuls-verif.net.", en: "Click on tilleuls-verif.net." }
                    scam: true
                    clues:
                      - id: link
                        sign: link
                        text: { fr: "tilleuls-verif.net", en: "tilleuls-verif.net" }
                  - id: martin
                    kind: email
                    from: "sophie.martin@bellecombe-emploi.fr"
                    subject: { fr: "Votre CV", en: "Your CV" }
                    body: { fr: "Envoyez votre CV.", en: "Send your CV." }
                files: [cv.pdf]
                steps:
                  - id: sort-bank
                    label: { fr: Classez, en: Sort }
                    goal: sort
                    message: bank
                    wrong: { fr: Non., en: No. }
                  - id: clues
                    label: { fr: Signes, en: Signs }
                    goal: clues
                    message: bank
                    wrong: { fr: Non., en: No. }
                  - id: reply
                    label: { fr: Répondez, en: Reply }
                    goal: reply
                    message: martin
                    words: [CV]
                    attach: cv.pdf
                    wrong: { fr: Non., en: No. }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader();

    @BeforeEach
    void writeTopics() {
        write("topics.yaml", """
                topics:
                  - id: safety
                    icon: shield
                    title: { fr: Sécurité, en: Safety }
                """);
    }

    @Test
    void the_example_mailbox_loads() {
        write(MODULE_YAML, MAILBOX);

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        MailboxSimulation mailbox = (MailboxSimulation) catalogue.module("mail").orElseThrow().exercise("inbox")
                .orElseThrow();
        assertThat(mailbox.message("bank").orElseThrow().scam()).isTrue();
        assertThat(mailbox.message("bank").orElseThrow().parts("en")).extracting(MailboxSimulation.Part::text)
                .containsExactly("alerte@tilleuls-secur1te.net", "URGENT: card", "Click on", "tilleuls-verif.net");
    }

    @Test
    void a_clue_whose_words_are_not_in_its_message_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("en: \"tilleuls-verif.net\" }", "en: \"tilleul-verif.net\" }"));

        assertLeftOut("steps[0].messages[0].clues[0].text.en", "'tilleul-verif.net' is not in the English message");
    }

    @Test
    void a_step_on_a_message_the_mailbox_does_not_have_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("message: martin", "message: sophie"));

        assertLeftOut("steps[0].steps[2].message", "there is no message 'sophie'; the messages are bank, martin");
    }

    @Test
    void a_file_to_attach_the_mailbox_does_not_have_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("attach: cv.pdf", "attach: cv.docx"));

        assertLeftOut("steps[0].steps[2].attach", "there is no file 'cv.docx'; the files are cv.pdf");
    }

    @Test
    void a_message_to_sort_without_scam_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("        scam: true\n", ""));

        assertLeftOut("steps[0].steps[0].message", "say whether it is a scam, with scam: true or scam: false");
    }

    @Test
    void a_clues_step_on_a_message_without_clues_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("goal: clues\n        message: bank", "goal: clues\n        message: martin"));

        assertLeftOut("steps[0].steps[1].message", "the message 'martin' has no clues to find");
    }

    @Test
    void an_e_mail_without_a_subject_or_a_text_message_with_one_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("        subject: { fr: \"Votre CV\", en: \"Your CV\" }\n", "")
                .replace("kind: email\n        from: \"alerte", "kind: sms\n        from: \"alerte"));

        Catalogue catalogue = assertLeftOut("steps[0].messages[1].subject", "an e-mail needs a subject");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].messages[0].subject");
            assertThat(problem.message()).contains("a text message has no subject");
        });
    }

    @Test
    void a_new_message_without_its_address_or_a_sort_step_with_an_attachment_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("goal: reply\n        message: martin\n", "goal: write\n")
                .replace("goal: sort\n        message: bank\n", "goal: sort\n        message: bank\n"
                        + "        attach: cv.pdf\n"));

        Catalogue catalogue = assertLeftOut("steps[0].steps[2].to", "the address to send to is missing");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].steps[0]");
            assertThat(problem.message()).contains("only a step that sends a message");
        });
    }

    @Test
    void an_unknown_goal_kind_or_sign_leaves_the_module_out() {
        write(MODULE_YAML, MAILBOX.replace("goal: sort", "goal: delete").replace("kind: email", "kind: letter")
                .replace("sign: link", "sign: colour"));

        Catalogue catalogue = assertLeftOut("steps[0].steps[0].goal", "the goal must be sort, clues, write, reply "
                + "or forward");
        assertThat(catalogue.problems()).extracting(ContentProblem::field)
                .contains("steps[0].messages[0].kind", "steps[0].messages[0].clues[0].sign");
    }

    private Catalogue assertLeftOut(String field, String messagePart) {
        return new ContentFolder(content).assertLeftOut(MODULE_YAML, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
