package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per mistake content/README.md promises to catch, and per extra rule: the module is left out and the
 * problem names the file and the field. Each test writes a small module whose YAML shows the mistake.
 */
class ContentValidationTest {

    private static final String TOPICS = """
            topics:
              - id: browsing
                icon: globe
                title: { fr: Naviguer, en: Browsing }
              - id: safety
                icon: shield
                title: { fr: Sécurité, en: Safety }
            """;

    /** Indented to follow an exercise's fields. */
    private static final String FEEDBACK = """
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    private static final String TRUE_FALSE = """
              - id: padlock
                type: true-false
                prompt: { fr: Le cadenas protège., en: The padlock protects. }
                answer: true
            """ + FEEDBACK;

    private static final String TEXT_STEP = """
              - id: welcome
                type: text
                file: welcome
            """;

    private static final String IMAGE_STEP = """
              - id: picture
                type: image
                image: picture.svg
                alt: { fr: Une image., en: A picture. }
            """;

    private static final String MODULE_YAML = "modules/quiz/module.yaml";

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader();

    @BeforeEach
    void writeTopics() {
        write("topics.yaml", TOPICS);
    }

    // --- The mistakes listed in content/README.md, "What the checks mean" ---

    @Test
    void a_missing_field_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("minutes: 10\n", ""));

        assertLeftOut("quiz", MODULE_YAML, "minutes", "missing");
    }

    @Test
    void an_unknown_field_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("prompt:", "promt:")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].promt", "unknown field 'promt'");
    }

    @Test
    void an_unknown_language_is_a_mistake_that_names_the_languages() {
        writeModule("quiz", module("quiz", TRUE_FALSE)
                .replace("title: { fr: Titre, en: Title }", "title: { fr: Titre, en: Title, de: Titel }"));

        assertLeftOut("quiz", MODULE_YAML, "title.de", "unknown language 'de'; write the text in fr, en or ar");
    }

    @Test
    void a_word_where_a_number_is_expected_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("level: 1", "level: one"));

        assertLeftOut("quiz", MODULE_YAML, "level", "'one' must be a whole number");
    }

    @Test
    void a_list_where_a_text_in_both_languages_is_expected_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("summary: { fr: Résumé, en: Summary }",
                "summary: Résumé"));

        assertLeftOut("quiz", MODULE_YAML, "summary", "must be a text in French and in English");
    }

    @Test
    void a_text_missing_in_english_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("wrong: { fr: Non., en: Wrong. }", "wrong: { fr: Non. }")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].feedback.wrong.en", "the English text is missing");
    }

    @Test
    void an_empty_french_text_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("prompt: { fr: Le cadenas protège.,", "prompt: { fr: \"  \",")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].prompt.fr", "the French text is missing or empty");
    }

    @Test
    void two_steps_with_the_same_id_leave_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE + TRUE_FALSE));

        assertLeftOut("quiz", MODULE_YAML, "steps[1].id", "'padlock' is already used by steps[0]");
    }

    @Test
    void a_module_id_different_from_its_folder_name_leaves_the_module_out() {
        writeModule("quiz", module("quizz", TRUE_FALSE));

        assertLeftOut("quiz", MODULE_YAML, "id", "the id 'quizz' is not the same as the folder's name 'quiz'");
    }

    @Test
    void a_second_module_with_the_same_id_is_left_out_and_the_folder_named_like_the_id_keeps_it() {
        writeModule("quiz", module("quiz", TRUE_FALSE));
        writeModule("quiz-copy", module("quiz", TRUE_FALSE));

        Catalogue catalogue = assertLeftOut("quiz-copy", "modules/quiz-copy/module.yaml", "id",
                "another module already has the id 'quiz': modules/quiz/module.yaml");
        assertThat(catalogue.modules()).extracting(Module::id).containsExactly("quiz");
    }

    @Test
    void a_topic_not_in_topics_yaml_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("topic: browsing", "topic: cooking"));

        assertLeftOut("quiz", MODULE_YAML, "topic", "unknown topic 'cooking'; the topics are browsing, safety");
    }

    @Test
    void a_picture_file_that_does_not_exist_leaves_the_module_out() {
        writeModule("quiz", module("quiz", IMAGE_STEP + TRUE_FALSE));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].image", "the file picture.svg does not exist");
    }

    @Test
    void a_text_file_that_does_not_exist_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TEXT_STEP + TRUE_FALSE));
        write("modules/quiz/welcome.fr.md", "Bienvenue.");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].file", "the file welcome.en.md does not exist");
    }

    @Test
    void a_picture_without_alt_leaves_the_module_out() {
        writeModule("quiz", module("quiz", IMAGE_STEP.replace("    alt: { fr: Une image., en: A picture. }\n", "")
                + TRUE_FALSE));
        write("modules/quiz/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].alt", "a picture needs alt");
    }

    @Test
    void an_exercise_without_feedback_for_a_right_answer_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("      right: { fr: Oui., en: Right. }\n", "")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].feedback.right", "the feedback for a right answer is missing");
    }

    @Test
    void an_exercise_without_feedback_for_a_wrong_answer_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("      wrong: { fr: Non., en: Wrong. }\n", "")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].feedback.wrong", "the feedback for a wrong answer is missing");
    }

    @Test
    void an_exercise_without_any_feedback_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace(FEEDBACK, "")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].feedback", "feedback for a right and for a wrong answer");
    }

    @Test
    void a_single_choice_with_two_right_answers_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: pick
                    type: single-choice
                    prompt: { fr: Choisissez., en: Choose. }
                    choices:
                      - { id: a, text: { fr: A, en: A }, correct: true }
                      - { id: b, text: { fr: B, en: B }, correct: true }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].choices", "needs exactly one right answer (correct: true), found 2");
    }

    @Test
    void a_single_choice_without_a_right_answer_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: pick
                    type: single-choice
                    prompt: { fr: Choisissez., en: Choose. }
                    choices:
                      - { id: a, text: { fr: A, en: A } }
                      - { id: b, text: { fr: B, en: B }, correct: false }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].choices", "needs exactly one right answer (correct: true), found 0");
    }

    @Test
    void a_multiple_choice_without_a_right_answer_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: pick
                    type: multiple-choice
                    prompt: { fr: Choisissez., en: Choose. }
                    choices:
                      - { id: a, text: { fr: A, en: A } }
                      - { id: b, text: { fr: B, en: B } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].choices", "needs at least one right answer");
    }

    @Test
    void a_fill_blanks_text_without_blanks_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: complete
                    type: fill-blanks
                    prompt: { fr: Complétez., en: Complete. }
                    text: { fr: "Je tape une [[adresse]].", en: "I type an address." }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].text.en", "the English text has no blank");
    }

    @Test
    void a_fill_blanks_text_with_a_different_number_of_blanks_per_language_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: complete
                    type: fill-blanks
                    prompt: { fr: Complétez., en: Complete. }
                    text: { fr: "Je tape une [[adresse]] dans la [[barre]].", en: "I type an [[address]] in the bar." }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].text",
                "the French text has 2 blanks and the English text has 1; both need the same number");
    }

    @Test
    void a_module_without_an_exercise_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TEXT_STEP));
        write("modules/quiz/welcome.fr.md", "Bienvenue.");
        write("modules/quiz/welcome.en.md", "Welcome.");

        assertLeftOut("quiz", MODULE_YAML, "steps", "the module has no exercise");
    }

    // --- YAML that cannot be read ---

    @Test
    void a_yaml_syntax_error_names_its_line() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("summary: { fr: Résumé, en: Summary }",
                "summary: Résumé: court"));

        assertLeftOut("quiz", MODULE_YAML, "line 7", "a text that contains \": \" must be put in quotes");
    }

    @Test
    void a_french_question_mark_inside_braces_is_explained_plainly() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("prompt: { fr: Le cadenas protège., en: The padlock protects. }",
                "prompt: { fr: Le cadenas protège ?, en: Does the padlock protect? }")));

        assertLeftOut("quiz", MODULE_YAML, "line 11", "put a text in quotes when it has ? : , #");
    }

    @Test
    void a_field_written_twice_names_its_line() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("minutes: 10\n", "minutes: 10\nminutes: 15\n"));

        assertLeftOut("quiz", MODULE_YAML, "line 6", "the field 'minutes' is written twice");
    }

    @Test
    void a_file_not_saved_as_utf8_leaves_the_module_out() throws IOException {
        writeModule("quiz", "");
        Files.write(content.resolve(MODULE_YAML), module("quiz", TRUE_FALSE).getBytes("ISO-8859-1"));

        assertLeftOut("quiz", MODULE_YAML, "", "not saved as UTF-8");
    }

    @Test
    void a_module_folder_without_module_yaml_is_reported() throws IOException {
        Files.createDirectories(content.resolve("modules/quiz"));

        assertLeftOut("quiz", MODULE_YAML, "", "the file is missing");
    }

    // --- The extra rules ---

    @Test
    void an_id_with_capitals_or_spaces_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("id: padlock", "id: Padlock Test")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].id", "small letters, digits and single dashes");
    }

    @Test
    void two_choices_with_the_same_id_leave_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: pick
                    type: multiple-choice
                    prompt: { fr: Choisissez., en: Choose. }
                    choices:
                      - { id: a, text: { fr: A, en: A }, correct: true }
                      - { id: a, text: { fr: B, en: B } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].choices[1].id", "'a' is already used by steps[0].choices[0]");
    }

    @Test
    void two_items_with_the_same_id_leave_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: sort
                    type: order
                    prompt: { fr: Dans l'ordre., en: In order. }
                    items:
                      - { id: open, text: { fr: Ouvrir, en: Open } }
                      - { id: type, text: { fr: Taper, en: Type } }
                      - { id: open, text: { fr: Valider, en: Enter } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].items[2].id", "'open' is already used by steps[0].items[0]");
    }

    @Test
    void two_pairs_with_the_same_id_leave_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: link
                    type: match
                    prompt: { fr: Reliez., en: Match. }
                    pairs:
                      - { id: back, left: { fr: Flèche, en: Arrow }, right: { fr: Retour, en: Back } }
                      - { id: back, left: { fr: Rond, en: Circle }, right: { fr: Recharger, en: Reload } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].pairs[1].id", "'back' is already used by steps[0].pairs[0]");
    }

    @Test
    void a_competence_not_written_like_a_digcomp_code_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("competences: [\"1.1\"]", "competences: [\"1.1\", \"1-2\"]"));

        assertLeftOut("quiz", MODULE_YAML, "competences[1]", "a competence is a DigComp code like \"1.1\"");
    }

    @Test
    void a_competence_without_quotes_is_asked_to_be_quoted() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("competences: [\"1.1\"]", "competences: [1.1]"));

        assertLeftOut("quiz", MODULE_YAML, "competences[0]", "must be a text; put it in quotes");
    }

    @Test
    void a_level_above_8_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("level: 1", "level: 9"));

        assertLeftOut("quiz", MODULE_YAML, "level", "the level must be from 1 to 8");
    }

    @Test
    void zero_minutes_leave_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("minutes: 10", "minutes: 0"));

        assertLeftOut("quiz", MODULE_YAML, "minutes", "the minutes must be more than 0");
    }

    @Test
    void a_mastery_above_100_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("minutes: 10", "minutes: 10\nmastery: 101"));

        assertLeftOut("quiz", MODULE_YAML, "mastery", "mastery must be from 1 to 100");
    }

    @Test
    void a_picture_that_is_not_svg_png_jpg_or_webp_leaves_the_module_out() {
        writeModule("quiz", module("quiz", IMAGE_STEP.replace("picture.svg", "picture.gif") + TRUE_FALSE));
        write("modules/quiz/picture.gif", "GIF89a");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].image", "'picture.gif' is not a picture");
    }

    @Test
    void a_text_file_outside_the_module_folder_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TEXT_STEP.replace("file: welcome", "file: ../../shared/welcome") + TRUE_FALSE));
        write("shared/welcome.fr.md", "Bienvenue.");
        write("shared/welcome.en.md", "Welcome.");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].file", "'../../shared/welcome' leaves the module's folder");
    }

    @Test
    void a_picture_with_an_absolute_path_leaves_the_module_out() {
        write("pictures/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        String absolute = content.resolve("pictures/picture.svg").toAbsolutePath().toString().replace('\\', '/');
        writeModule("quiz", module("quiz", IMAGE_STEP.replace("image: picture.svg", "image: \"" + absolute + "\"")
                + TRUE_FALSE));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].image", "is an absolute path");
    }

    @Test
    void a_choice_exercise_with_one_choice_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: pick
                    type: single-choice
                    prompt: { fr: Choisissez., en: Choose. }
                    choices:
                      - { id: a, text: { fr: A, en: A }, correct: true }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].choices", "needs at least two choices");
    }

    @Test
    void an_order_exercise_with_one_item_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: sort
                    type: order
                    prompt: { fr: Dans l'ordre., en: In order. }
                    items:
                      - { id: open, text: { fr: Ouvrir, en: Open } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].items", "needs at least two items");
    }

    @Test
    void a_match_exercise_with_one_pair_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: link
                    type: match
                    prompt: { fr: Reliez., en: Match. }
                    pairs:
                      - { id: back, left: { fr: Flèche, en: Arrow }, right: { fr: Retour, en: Back } }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].pairs", "needs at least two pairs");
    }

    @Test
    void an_unknown_step_type_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("type: true-false", "type: yes-no")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].type", "unknown step type 'yes-no'");
    }

    @Test
    void a_step_without_a_type_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("    type: true-false\n", "")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].type", "the step has no type");
    }

    @Test
    void an_empty_text_file_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TEXT_STEP + TRUE_FALSE));
        write("modules/quiz/welcome.fr.md", "Bienvenue.");
        write("modules/quiz/welcome.en.md", "\n");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].file", "the file welcome.en.md is empty");
    }

    @Test
    void a_blank_with_no_answer_in_it_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: complete
                    type: fill-blanks
                    prompt: { fr: Complétez., en: Complete. }
                    text: { fr: "Je tape une [[ ]].", en: "I type an [[address]]." }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].text.fr", "blank 1 has no answer in it");
    }

    @Test
    void a_blank_that_is_not_closed_leaves_the_module_out() {
        writeModule("quiz", module("quiz", """
                  - id: complete
                    type: fill-blanks
                    prompt: { fr: Complétez., en: Complete. }
                    text: { fr: "Je tape une [[adresse]] dans la [[barre].", en: "I type an [[address]] in the [[bar]]." }
                """ + FEEDBACK));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].text.fr", "a blank is not closed");
    }

    // --- topics.yaml ---

    @Test
    void a_broken_topics_yaml_leaves_no_topic_known_and_every_module_reports_its_topic() {
        write("topics.yaml", TOPICS.replace("title: { fr: Naviguer, en: Browsing }", "title: { fr: Naviguer, en: Browsing"));
        writeModule("quiz", module("quiz", TRUE_FALSE));

        Catalogue catalogue = assertLeftOut("quiz", MODULE_YAML, "topic",
                "unknown topic 'browsing': topics.yaml has no valid topics");
        assertThat(catalogue.topics()).isEmpty();
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("topics.yaml");
            assertThat(problem.field()).startsWith("line ");
        });
    }

    @Test
    void a_topic_without_an_english_title_leaves_no_topic_known() {
        write("topics.yaml", TOPICS.replace("title: { fr: Sécurité, en: Safety }", "title: { fr: Sécurité }"));

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.topics()).isEmpty();
        assertThat(catalogue.problems()).contains(
                new ContentProblem("topics.yaml", "topics[1].title.en", "the English text is missing or empty"));
    }

    @Test
    void two_topics_with_the_same_id_leave_no_topic_known() {
        write("topics.yaml", TOPICS.replace("id: safety", "id: browsing"));

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.topics()).isEmpty();
        assertThat(catalogue.problems()).contains(
                new ContentProblem("topics.yaml", "topics[1].id", "the id 'browsing' is already used by topics[0]"));
    }

    // --- Modules are independent ---

    @Test
    void a_bad_module_does_not_stop_a_good_one_from_loading() {
        writeModule("good", module("good", TRUE_FALSE));
        writeModule("quiz", module("quiz", TRUE_FALSE).replace("level: 1", "level: one"));

        Catalogue catalogue = assertLeftOut("quiz", MODULE_YAML, "level", "must be a whole number");
        assertThat(catalogue.modules()).extracting(Module::id).containsExactly("good");
        assertThat(catalogue.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(MODULE_YAML));
    }

    @Test
    void every_mistake_of_a_module_is_reported_at_once() {
        writeModule("quiz", module("quiz", TRUE_FALSE.replace("answer: true", "answer: maybe")
                + TRUE_FALSE.replace("id: padlock", "id: padlock-2").replace("en: The padlock protects.", "en: \"\""))
                .replace("level: 1", "level: 12"));

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.modules()).isEmpty();
        assertThat(catalogue.problems()).extracting(ContentProblem::field)
                .containsExactlyInAnyOrder("level", "steps[0].answer", "steps[1].prompt.en");
    }

    // --- Recordings read aloud ---

    @Test
    void a_step_read_aloud_in_one_language_keeps_its_recording() {
        writeModule("quiz", module("quiz", TRUE_FALSE + "    audio: { fr: padlock.fr.mp3 }\n"));
        write("modules/quiz/padlock.fr.mp3", "ID3");

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        Module quiz = catalogue.modules().get(0);
        assertThat(quiz.readAloud("padlock", "fr")).contains(content.resolve("modules/quiz/padlock.fr.mp3"));
        assertThat(quiz.readAloud("padlock", "en")).isEmpty();
        assertThat(quiz.exercise("padlock")).isPresent();
    }

    @Test
    void a_recording_that_does_not_exist_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE + "    audio: { fr: padlock.fr.mp3 }\n"));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].audio.fr", "the file padlock.fr.mp3 does not exist");
    }

    @Test
    void a_recording_that_is_not_a_sound_file_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE + "    audio: { en: padlock.en.mp4 }\n"));
        write("modules/quiz/padlock.en.mp4", "video");

        assertLeftOut("quiz", MODULE_YAML, "steps[0].audio.en", "is not a sound file: use an mp3, ogg or wav file");
    }

    @Test
    void a_recording_in_an_unknown_language_or_outside_the_folder_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TEXT_STEP + "    audio: { de: welcome.de.mp3 }\n"
                + TRUE_FALSE + "    audio: { fr: ../other/padlock.fr.mp3 }\n"));
        write("modules/quiz/welcome.fr.md", "Bonjour.");
        write("modules/quiz/welcome.en.md", "Hello.");

        Catalogue catalogue = assertLeftOut("quiz", MODULE_YAML, "steps[0].audio.de", "unknown language 'de'");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[1].audio.fr");
            assertThat(problem.message()).contains("leaves the module's folder");
        });
    }

    @Test
    void a_recording_written_without_its_language_leaves_the_module_out() {
        writeModule("quiz", module("quiz", TRUE_FALSE + "    audio: padlock.mp3\n"));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].audio", "write the sound files by language");
    }

    // --- Spreadsheet simulations ---

    private static final String SHEET = """
              - id: budget
                type: spreadsheet-simulation
                prompt: { fr: Le budget., en: The budget. }
                columns: 2
                rows: 3
                cells:
                  - cell: A1
                    text: { fr: Loyer, en: Rent }
                steps:
                  - id: rent
                    label: { fr: Le loyer, en: The rent }
                    goal: value
                    cell: B1
                    equals: 450
                    wrong: { fr: Non., en: No. }
            """ + FEEDBACK;

    @Test
    void a_spreadsheet_as_the_guide_writes_it_loads() {
        writeModule("quiz", module("quiz", SHEET));

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.modules().get(0).exercise("budget").orElseThrow())
                .isInstanceOf(SpreadsheetSimulation.class);
    }

    @Test
    void a_spreadsheet_cell_outside_the_sheet_leaves_the_module_out() {
        writeModule("quiz", module("quiz", SHEET.replace("cell: A1", "cell: C1")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].cells[0].cell", "'C1' is not a cell of the sheet");
    }

    @Test
    void a_spreadsheet_cell_with_a_text_and_a_number_leaves_the_module_out() {
        writeModule("quiz", module("quiz", SHEET.replace("text: { fr: Loyer, en: Rent }",
                "text: { fr: Loyer, en: Rent }\n        number: 3")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].cells[0]", "either a text or a number");
    }

    @Test
    void a_spreadsheet_step_on_a_cell_the_file_fills_leaves_the_module_out() {
        writeModule("quiz", module("quiz", SHEET.replace("cell: B1", "cell: A1")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].steps[0].cell", "is filled by the file");
    }

    @Test
    void a_spreadsheet_value_step_without_its_number_leaves_the_module_out() {
        writeModule("quiz", module("quiz", SHEET.replace("        equals: 450\n", "")));

        assertLeftOut("quiz", MODULE_YAML, "steps[0].steps[0].equals", "write the number the cell must hold");
    }

    @Test
    void a_spreadsheet_with_an_unknown_goal_or_too_many_columns_leaves_the_module_out() {
        writeModule("quiz", module("quiz", SHEET.replace("goal: value", "goal: bold")
                .replace("columns: 2", "columns: 9")));

        Catalogue catalogue = assertLeftOut("quiz", MODULE_YAML, "steps[0].columns", "from 1 to 8");
        assertThat(catalogue.problems()).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("steps[0].steps[0].goal");
            assertThat(problem.message()).contains("value, formula or format");
        });
    }

    // --- Writing the small modules ---

    /** A valid module header in the browsing topic, with the given steps. */
    private static String module(String id, String steps) {
        return """
                id: %s
                topic: browsing
                level: 1
                competences: ["1.1"]
                minutes: 10
                title: { fr: Titre, en: Title }
                summary: { fr: Résumé, en: Summary }
                steps:
                """.formatted(id) + steps;
    }

    private void writeModule(String folder, String yaml) {
        write("modules/" + folder + "/module.yaml", yaml);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }

    /** Asserts the module in {@code folder} is not in the catalogue and a problem names the file and field. */
    private Catalogue assertLeftOut(String folder, String file, String field, String messagePart) {
        assertThat(file).startsWith("modules/" + folder + "/");
        return new ContentFolder(content).assertLeftOut(file, field, messagePart);
    }
}
