package org.digitalcentre.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityCheckTest {

    private static final String SHORT = "Une phrase courte.";
    private static final String TWENTY_ONE_WORDS = "Un deux trois quatre cinq six sept huit neuf dix onze douze treize "
            + "quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un.";

    @Test
    void short_texts_give_no_warning() {
        assertThat(ReadabilityCheck.warningsFor(module(text("intro", "## Titre\n\n" + SHORT + " " + SHORT + "\n"),
                exercise(SHORT)))).isEmpty();
    }

    @Test
    void a_sentence_longer_than_twenty_words_is_named_with_its_file_and_line() {
        List<ContentProblem> warnings = ReadabilityCheck.warningsFor(module(text("intro",
                "## Titre\n\n" + SHORT + "\n" + TWENTY_ONE_WORDS + "\n")));

        assertThat(warnings).hasSize(2); // the French and the English file
        assertThat(warnings.get(0).file()).isEqualTo("modules/m/intro.fr.md");
        assertThat(warnings.get(0).field()).isEqualTo("line 3");
        assertThat(warnings.get(0).message()).startsWith("a sentence has 21 words");
        assertThat(warnings.get(1).file()).isEqualTo("modules/m/intro.en.md");
    }

    @Test
    void a_paragraph_of_more_than_four_sentences_is_named() {
        List<ContentProblem> warnings = ReadabilityCheck.warningsFor(module(text("intro",
                "Un. Deux. Trois. Quatre. Cinq.\n\nSix. Sept.\n")));

        assertThat(warnings).extracting(ContentProblem::field).containsExactly("line 1", "line 1");
        assertThat(warnings.get(0).message()).startsWith("this paragraph has 5 sentences");
    }

    @Test
    void list_items_are_not_a_long_paragraph() {
        assertThat(ReadabilityCheck.warningsFor(module(text("intro",
                "- Un.\n- Deux.\n- Trois.\n- Quatre.\n- Cinq.\n- Six.\n")))).isEmpty();
    }

    @Test
    void a_text_step_of_more_than_120_words_is_named() {
        String sentence = "Un deux trois quatre cinq six sept huit neuf dix.";
        String text = String.join("\n\n", java.util.Collections.nCopies(13, sentence));

        List<ContentProblem> warnings = ReadabilityCheck.warningsFor(module(text("long", text)));

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0).message()).startsWith("this text has 130 words");
        assertThat(warnings.get(0).file()).isEqualTo("modules/m/long.fr.md");
    }

    @Test
    void a_long_sentence_in_an_exercise_names_the_field_in_module_yaml() {
        List<ContentProblem> warnings = ReadabilityCheck.warningsFor(module(text("intro", SHORT),
                exercise(TWENTY_ONE_WORDS)));

        assertThat(warnings).extracting(ContentProblem::file, ContentProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("modules/m/module.yaml", "steps[1].prompt.fr"),
                        org.assertj.core.groups.Tuple.tuple("modules/m/module.yaml", "steps[1].prompt.en"));
    }

    @Test
    void warnings_leave_the_module_in_the_catalogue() {
        Catalogue catalogue = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/ui"));

        assertThat(catalogue.modules()).extracting(Module::id).contains("test-browsing");
        assertThat(catalogue.warnings()).isEmpty();
    }

    private static TextStep text(String file, String markdown) {
        return new TextStep(file, LocalizedText.of(markdown, markdown), file);
    }

    private static TrueFalseExercise exercise(String prompt) {
        LocalizedText ok = LocalizedText.of("Oui.", "Yes.");
        return new TrueFalseExercise("q", LocalizedText.of(prompt, prompt), true, new Feedback(ok, ok), null);
    }

    private static Module module(Step... steps) {
        LocalizedText title = LocalizedText.of("Titre", "Title");
        return new Module("m", "browsing", 1, List.of("1.1"), 10, 80, title, title, List.of(steps), "v",
                Path.of("m"));
    }
}
