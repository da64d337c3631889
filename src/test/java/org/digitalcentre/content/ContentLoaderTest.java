package org.digitalcentre.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLoaderTest {

    private final ContentLoader loader = new ContentLoader();

    private Module loadValidModule() {
        Catalogue catalogue = loader.load(ContentFixtures.valid());
        assertThat(catalogue.problems()).isEmpty();
        return catalogue.module(ContentFixtures.MODULE_ID).orElseThrow();
    }

    @Test
    void the_valid_fixture_loads_without_problems() {
        Catalogue catalogue = loader.load(ContentFixtures.valid());

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.modules()).extracting(Module::id).containsExactly(ContentFixtures.MODULE_ID);
    }

    @Test
    void topics_come_in_the_order_of_topics_yaml_with_their_icon_and_titles() {
        Catalogue catalogue = loader.load(ContentFixtures.valid());

        assertThat(catalogue.topics()).containsExactly(
                new Topic("browsing", "globe", LocalizedText.of("Naviguer sur Internet", "Browsing the web")),
                new Topic("safety", "shield", LocalizedText.of("Rester en sécurité", "Staying safe")));
    }

    @Test
    void the_module_has_its_fields_from_module_yaml_and_the_default_mastery() {
        Module module = loadValidModule();

        assertThat(module.topicId()).isEqualTo("browsing");
        assertThat(module.level()).isEqualTo(1);
        assertThat(module.competences()).containsExactly("1.1", "2.1");
        assertThat(module.minutes()).isEqualTo(20);
        assertThat(module.masteryPercent()).isEqualTo(Module.DEFAULT_MASTERY_PERCENT);
        assertThat(module.title()).isEqualTo(LocalizedText.of("Premiers pas sur Internet", "First steps on the web"));
        assertThat(module.summary().in("en")).isEqualTo("Open the browser and go to a website.");
        assertThat(module.folder()).isAbsolute()
                .isEqualTo(ContentFixtures.valid().resolve("modules/browsing-first-steps").toAbsolutePath().normalize());
        assertThat(module.steps()).extracting(Step::id).containsExactly("welcome", "address-bar-picture",
                "where-to-type", "which-addresses", "padlock-true", "complete-address", "steps-to-search", "icons");
        assertThat(module.exercises()).hasSize(6);
    }

    @Test
    void a_text_step_holds_the_markdown_of_both_languages() {
        TextStep welcome = (TextStep) loadValidModule().steps().get(0);

        assertThat(welcome.markdown().in("fr")).isEqualTo("## Bienvenue\n\nLe **navigateur** ouvre les sites.\n");
        assertThat(welcome.markdown().in("en")).isEqualTo("## Welcome\n\nThe **browser** opens websites.\n");
    }

    @Test
    void an_image_step_points_at_the_absolute_picture_file_with_alt_and_caption() {
        ImageStep picture = (ImageStep) loadValidModule().steps().get(1);

        assertThat(picture.file()).isAbsolute().exists()
                .isEqualTo(picture.file().normalize())
                .hasFileName("address-bar.svg");
        assertThat(picture.alt().in("en")).isEqualTo("The top of the browser. The address bar is circled in green.");
        assertThat(picture.caption()).isEqualTo(LocalizedText.of("La barre d'adresse", "The address bar"));
    }

    @Test
    void a_single_choice_exercise_keeps_its_choices_in_order_with_the_right_one_marked() {
        SingleChoiceExercise exercise = (SingleChoiceExercise) loadValidModule().exercise("where-to-type").orElseThrow();

        assertThat(exercise.prompt().in("fr")).isEqualTo("Où tapez-vous l'adresse d'un site ?");
        assertThat(exercise.choices()).extracting(Choice::id, Choice::correct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("address-bar", true),
                org.assertj.core.groups.Tuple.tuple("page", false),
                org.assertj.core.groups.Tuple.tuple("taskbar", false));
        assertThat(exercise.choices().get(2).text().in("en")).isEqualTo("In the taskbar");
        assertThat(exercise.feedback().right().in("en")).isEqualTo("Yes. The address bar is at the very top.");
        assertThat(exercise.hint()).isEqualTo(
                LocalizedText.of("Regardez tout en haut de la fenêtre.", "Look at the very top of the window."));
    }

    @Test
    void a_multiple_choice_exercise_marks_every_right_choice_and_may_have_no_hint() {
        MultipleChoiceExercise exercise =
                (MultipleChoiceExercise) loadValidModule().exercise("which-addresses").orElseThrow();

        assertThat(exercise.choices()).filteredOn(Choice::correct).extracting(Choice::id)
                .containsExactly("town-hall", "jobs");
        assertThat(exercise.feedback().right().in("fr")).isEqualTo("Oui. Une adresse de site n'a pas de @.");
        assertThat(exercise.hint()).isNull();
    }

    @Test
    void a_true_false_exercise_keeps_its_answer_and_quoted_texts() {
        TrueFalseExercise exercise = (TrueFalseExercise) loadValidModule().exercise("padlock-true").orElseThrow();

        assertThat(exercise.answer()).isTrue();
        assertThat(exercise.feedback().wrong().in("en"))
                .isEqualTo("It is true: the padlock means \"encrypted connection\".");
    }

    @Test
    void a_fill_blanks_exercise_has_its_blanks_and_accepted_answers_per_language() {
        FillBlanksExercise exercise = (FillBlanksExercise) loadValidModule().exercise("complete-address").orElseThrow();

        assertThat(exercise.blanks("fr")).extracting(FillBlanksExercise.Blank::accepted)
                .containsExactly(List.of("adresse"));
        assertThat(exercise.blanks("en")).extracting(FillBlanksExercise.Blank::accepted)
                .containsExactly(List.of("address", "url"));
    }

    @Test
    void an_order_exercise_keeps_its_items_in_the_right_order() {
        OrderExercise exercise = (OrderExercise) loadValidModule().exercise("steps-to-search").orElseThrow();

        assertThat(exercise.items()).extracting(OrderExercise.Item::id).containsExactly("open", "type", "enter");
        assertThat(exercise.items().get(2).text().in("fr")).isEqualTo("J'appuie sur Entrée.");
    }

    @Test
    void a_match_exercise_keeps_both_sides_of_each_pair() {
        MatchExercise exercise = (MatchExercise) loadValidModule().exercise("icons").orElseThrow();

        assertThat(exercise.pairs()).extracting(MatchExercise.Pair::id).containsExactly("back", "reload");
        assertThat(exercise.pairs().get(1).left().in("en")).isEqualTo("The round arrow");
        assertThat(exercise.pairs().get(1).right().in("fr")).isEqualTo("Recharger la page");
    }

    @Test
    void the_version_is_twelve_hex_digits_and_the_same_on_every_load() {
        String version = loadValidModule().version();

        assertThat(version).matches("[0-9a-f]{12}");
        assertThat(loadValidModule().version()).isEqualTo(version);
    }

    @Test
    void the_version_changes_when_a_file_of_the_module_changes(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        String before = versionIn(content);

        Path english = content.resolve("modules/browsing-first-steps/welcome.en.md");
        Files.writeString(english, Files.readString(english) + "\nOne more line.\n");

        assertThat(versionIn(content)).matches("[0-9a-f]{12}").isNotEqualTo(before);
    }

    @Test
    void the_version_changes_when_a_file_is_added_to_the_module(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        String before = versionIn(content);

        Files.writeString(content.resolve("modules/browsing-first-steps/notes.txt"), "for the next version");

        assertThat(versionIn(content)).isNotEqualTo(before);
    }

    @Test
    void a_copied_folder_has_the_same_version_as_the_original(@TempDir Path content) {
        ContentFixtures.copyOfValid(content);

        assertThat(versionIn(content)).isEqualTo(loadValidModule().version());
    }

    @Test
    void a_mastery_in_module_yaml_replaces_the_default(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        Path moduleYaml = content.resolve("modules/browsing-first-steps/module.yaml");
        Files.writeString(moduleYaml, Files.readString(moduleYaml).replace("minutes: 20\n", "minutes: 20\nmastery: 60\n"));

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.module("browsing-first-steps").orElseThrow().masteryPercent()).isEqualTo(60);
    }

    @Test
    void modules_are_listed_by_topic_order_then_by_id(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        copyModuleAs(content, "safe-passwords", "safety");
        copyModuleAs(content, "a-search-engine", "browsing");
        copyModuleAs(content, "a-fake-message", "safety");

        Catalogue catalogue = loader.load(content);

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.modules()).extracting(Module::id)
                .containsExactly("a-search-engine", "browsing-first-steps", "a-fake-message", "safe-passwords");
        assertThat(catalogue.modulesOf("safety")).extracting(Module::id)
                .containsExactly("a-fake-message", "safe-passwords");
    }

    @Test
    void english_words_that_yaml_1_1_reads_as_booleans_stay_texts(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        Path moduleYaml = content.resolve("modules/browsing-first-steps/module.yaml");
        Files.writeString(moduleYaml, Files.readString(moduleYaml)
                .replace("text: { fr: Au milieu de la page, en: In the middle of the page }", "text: { fr: Non, en: No }")
                .replace("text: { fr: Dans la barre des tâches, en: In the taskbar }", "text: { fr: Oui, en: Yes }"));

        SingleChoiceExercise exercise = (SingleChoiceExercise) loader.load(content)
                .module("browsing-first-steps").orElseThrow().exercise("where-to-type").orElseThrow();

        assertThat(exercise.choices().get(1).text().in("en")).isEqualTo("No");
        assertThat(exercise.choices().get(2).text().in("en")).isEqualTo("Yes");
    }

    @Test
    void files_saved_with_a_byte_order_mark_are_read(@TempDir Path content) throws IOException {
        ContentFixtures.copyOfValid(content);
        for (String name : List.of("module.yaml", "welcome.fr.md")) {
            Path file = content.resolve("modules/browsing-first-steps/" + name);
            Files.writeString(file, "\uFEFF" + Files.readString(file));
        }

        Module module = loader.load(content).module("browsing-first-steps").orElseThrow();

        assertThat(((TextStep) module.steps().get(0)).markdown().in("fr")).startsWith("## Bienvenue");
    }

    @Test
    void a_missing_content_folder_is_a_problem_not_an_exception(@TempDir Path parent) {
        Catalogue catalogue = loader.load(parent.resolve("no-such-folder"));

        assertThat(catalogue.topics()).isEmpty();
        assertThat(catalogue.modules()).isEmpty();
        assertThat(catalogue.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("does not exist"));
    }

    private String versionIn(Path content) {
        Catalogue catalogue = loader.load(content);
        assertThat(catalogue.problems()).isEmpty();
        return catalogue.module(ContentFixtures.MODULE_ID).orElseThrow().version();
    }

    private static void copyModuleAs(Path content, String id, String topic) throws IOException {
        Path source = content.resolve("modules/browsing-first-steps");
        Path target = Files.createDirectories(content.resolve("modules").resolve(id));
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Path moduleYaml = target.resolve("module.yaml");
        Files.writeString(moduleYaml, Files.readString(moduleYaml)
                .replace("id: browsing-first-steps", "id: " + id)
                .replace("topic: browsing", "topic: " + topic));
    }
}
