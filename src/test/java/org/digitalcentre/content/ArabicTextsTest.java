package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arabic is an optional content language (content/README.md, "Arabic texts"): read where written, checked like
 * French and English, and a module is shown in Arabic only when every one of its texts has it.
 */
class ArabicTextsTest {

    private static final String MODULE_YAML = "modules/mail/module.yaml";

    /** Every text in French, English and Arabic: a text step, a fill-in-the-blanks and a mailbox simulation. */
    private static final String ALL_IN_ARABIC = """
            id: mail
            topic: safety
            level: 1
            competences: ["4.1"]
            minutes: 10
            title: { fr: Faux messages, en: Fake messages, ar: رسائل مزيّفة }
            summary: { fr: Repérer un piège., en: Spot a trap., ar: كشف فخّ. }
            steps:
              - id: welcome
                type: text
                file: welcome
              - id: blanks
                type: fill-blanks
                prompt: { fr: Complétez., en: Complete., ar: أكملي. }
                text: { fr: "Un mot de passe [[long]].", en: "A [[long]] password.", ar: "كلمة سرّ [[طويلة]]." }
                feedback:
                  right: { fr: Oui., en: Right., ar: نعم. }
                  wrong: { fr: Non., en: Wrong., ar: لا. }
              - id: inbox
                type: mailbox-simulation
                prompt: { fr: Triez., en: Sort., ar: رتّبي الرسائل. }
                messages:
                  - id: bank
                    kind: email
                    from: "alerte@tilleuls-secur1te.net"
                    subject: { fr: "URGENT : carte", en: "URGENT: card", ar: "عاجل: البطاقة" }
                    body: { fr: "Cliquez sur ce lien.", en: "Click on this link.", ar: "انقري على هذا الرابط." }
                    scam: true
                    clues:
                      - id: hurry
                        sign: urgency
                        text: { fr: "URGENT", en: "URGENT", ar: "عاجل" }
                steps:
                  - id: sort-bank
                    label: { fr: Classez, en: Sort, ar: صنّفي }
                    goal: sort
                    message: bank
                    wrong: { fr: Non., en: No., ar: لا. }
                feedback:
                  right: { fr: Oui., en: Right., ar: نعم. }
                  wrong: { fr: Non., en: Wrong., ar: لا. }
            """;

    @TempDir
    Path content;

    @BeforeEach
    void writeTopicsAndTexts() {
        write("topics.yaml", """
                topics:
                  - id: safety
                    icon: shield
                    title: { fr: Sécurité, en: Safety, ar: الأمان }
                """);
        write("modules/mail/welcome.fr.md", "## Bienvenue\n");
        write("modules/mail/welcome.en.md", "## Welcome\n");
    }

    @Test
    void a_module_with_every_text_in_arabic_is_shown_in_arabic_to_whom_wants_arabic() {
        write("modules/mail/welcome.ar.md", "## مرحبًا\n");
        write(MODULE_YAML, ALL_IN_ARABIC);

        Catalogue catalogue = load();

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.warnings()).isEmpty();
        Module module = catalogue.module("mail").orElseThrow();
        assertThat(module.textLanguages()).containsExactly("fr", "en", "ar");
        assertThat(module.textLanguage("ar")).isEqualTo("ar");
        assertThat(module.textLanguage("en")).isEqualTo("en");
        assertThat(module.textLanguage("de")).as("a language content cannot have").isEqualTo("fr");
        assertThat(module.title().in("ar")).isEqualTo("رسائل مزيّفة");
        assertThat(catalogue.topic("safety").orElseThrow().title().in("ar")).isEqualTo("الأمان");
        assertThat(((TextStep) module.steps().get(0)).markdown().in("ar")).isEqualTo("## مرحبًا\n");
        FillBlanksExercise blanks = (FillBlanksExercise) module.exercise("blanks").orElseThrow();
        assertThat(blanks.blanks("ar")).extracting(FillBlanksExercise.Blank::accepted)
                .containsExactly(java.util.List.of("طويلة"));
    }

    @Test
    void a_simulation_text_keeps_its_arabic() {
        write("modules/mail/welcome.ar.md", "## مرحبًا\n");
        write(MODULE_YAML, ALL_IN_ARABIC);

        MailboxSimulation mailbox = (MailboxSimulation) load().module("mail").orElseThrow().exercise("inbox")
                .orElseThrow();

        MailboxSimulation.Message bank = mailbox.message("bank").orElseThrow();
        assertThat(bank.body().in("ar")).isEqualTo("انقري على هذا الرابط.");
        assertThat(bank.clues().get(0).text().in("ar")).isEqualTo("عاجل");
        assertThat(bank.shows(bank.clues().get(0), "ar")).isTrue();
        assertThat(bank.parts("ar")).extracting(MailboxSimulation.Part::text).contains("عاجل");
        assertThat(mailbox.steps().get(0).label().in("ar")).isEqualTo("صنّفي");
    }

    @Test
    void a_module_with_some_arabic_texts_gets_a_warning_naming_them_and_is_shown_in_french() {
        // No welcome.ar.md, and one prompt without Arabic.
        write(MODULE_YAML, ALL_IN_ARABIC.replace("prompt: { fr: Triez., en: Sort., ar: رتّبي الرسائل. }",
                "prompt: { fr: Triez., en: Sort. }"));

        Catalogue catalogue = load();

        assertThat(catalogue.problems()).as("a warning, not a mistake").isEmpty();
        Module module = catalogue.module("mail").orElseThrow();
        assertThat(module.textLanguage("ar")).isEqualTo("fr");
        assertThat(module.textLanguages()).containsExactly("fr", "en");
        assertThat(catalogue.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(MODULE_YAML);
            assertThat(warning.field()).isEqualTo("steps[0].file (welcome.ar.md)");
            assertThat(warning.message()).startsWith("2 of the module's 15 texts have no Arabic")
                    .contains("steps[0].file (welcome.ar.md), steps[2].prompt.ar")
                    .contains("sees the whole module in French");
        });
    }

    @Test
    void the_warning_names_the_first_five_texts_without_arabic_and_how_many_in_all() {
        write("modules/mail/welcome.ar.md", "## مرحبًا\n");
        write(MODULE_YAML, ALL_IN_ARABIC.replace(", ar: لا. }", " }"));

        ContentProblem warning = load().warnings().get(0);

        assertThat(warning.message()).isEqualTo("3 of the module's 15 texts have no Arabic (ar: or a .ar.md file): "
                + "steps[1].feedback.wrong.ar, steps[2].steps[0].wrong.ar, steps[2].feedback.wrong.ar. Until every "
                + "text has Arabic, a learner who reads Arabic sees the whole module in French");
        write(MODULE_YAML, ALL_IN_ARABIC.replace(", ar: لا. }", " }").replace(", ar: نعم. }", " }")
                .replace(", ar: صنّفي }", " }"));
        assertThat(load().warnings().get(0).message()).startsWith("6 of the module's 15 texts have no Arabic (ar: or a .ar.md file): steps[1].feedback.right.ar, "
                        + "steps[1].feedback.wrong.ar, steps[2].steps[0].label.ar, steps[2].steps[0].wrong.ar, "
                        + "steps[2].feedback.right.ar…. Until every text has Arabic");
    }

    @Test
    void a_module_without_any_arabic_gets_no_message() {
        write(MODULE_YAML, ALL_IN_ARABIC.replaceAll(", ar: [^}]*}", " }"));

        Catalogue catalogue = load();

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.warnings()).isEmpty();
        assertThat(catalogue.module("mail").orElseThrow().textLanguage("ar")).isEqualTo("fr");
    }

    @Test
    void an_arabic_recording_is_accepted() {
        write("modules/mail/welcome.ar.md", "## مرحبًا\n");
        write("modules/mail/welcome.ar.mp3", "not really a sound, but the name is what is checked");
        write(MODULE_YAML, ALL_IN_ARABIC.replace("    file: welcome\n",
                "    file: welcome\n    audio: { ar: welcome.ar.mp3 }\n"));

        Catalogue catalogue = load();

        assertThat(catalogue.problems()).isEmpty();
        Module module = catalogue.module("mail").orElseThrow();
        assertThat(module.readAloud("welcome", "ar")).hasValueSatisfying(file ->
                assertThat(file).hasFileName("welcome.ar.mp3"));
        assertThat(module.textLanguage("ar")).as("a recording is not a text").isEqualTo("ar");
    }

    @Test
    void an_arabic_fill_blanks_text_with_another_number_of_blanks_is_a_mistake() {
        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: \"كلمة سرّ [[طويلة]].\"", "ar: \"[[كلمة]] سرّ [[طويلة]].\""));

        new ContentFolder(content).assertLeftOut(MODULE_YAML, "steps[1].text",
                "the French text has 1 blanks and the Arabic text has 2; both need the same number");
    }

    @Test
    void an_arabic_fill_blanks_text_without_a_blank_is_a_mistake() {
        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: \"كلمة سرّ [[طويلة]].\"", "ar: \"كلمة سرّ طويلة.\""));

        new ContentFolder(content).assertLeftOut(MODULE_YAML, "steps[1].text.ar", "the Arabic text has no blank");
    }

    @Test
    void an_empty_arabic_text_is_a_mistake() {
        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: رسائل مزيّفة", "ar: \" \""));

        new ContentFolder(content).assertLeftOut(MODULE_YAML, "title.ar", "the Arabic text is empty");
    }

    @Test
    void an_arabic_key_without_a_text_or_with_a_list_is_a_mistake() {
        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: رسائل مزيّفة", "ar: "));
        new ContentFolder(content).assertLeftOut(MODULE_YAML, "title.ar", "the Arabic text is empty");

        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: رسائل مزيّفة", "ar: [رسائل]"));
        new ContentFolder(content).assertLeftOut(MODULE_YAML, "title.ar", "the Arabic text must be a text");
    }

    @Test
    void an_arabic_clue_not_in_the_arabic_message_is_a_mistake() {
        write(MODULE_YAML, ALL_IN_ARABIC.replace("ar: \"عاجل\" }", "ar: \"سريع\" }"));

        new ContentFolder(content).assertLeftOut(MODULE_YAML, "steps[2].messages[0].clues[0].text.ar",
                "'سريع' is not in the Arabic message");
    }

    @Test
    void the_content_check_prints_the_warning() {
        write(MODULE_YAML, ALL_IN_ARABIC);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        int status = ContentCheck.check(content, new java.io.PrintStream(out, true,
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("WARNING  modules/mail/module.yaml [steps[0].file (welcome.ar.md)]: 1 of the module's")
                .contains("1 modules valid, 0 mistakes, 1 warnings.");
    }

    private Catalogue load() {
        return new ContentFolder(content).load();
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
