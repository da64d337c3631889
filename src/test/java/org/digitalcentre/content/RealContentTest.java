package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the project's own content/ folder strictly: what learners will see must have no mistake at all. */
class RealContentTest {

    private static Catalogue catalogue;

    @BeforeAll
    static void loadTheRealContent() {
        // Surefire runs in the Maven basedir and also passes it as "basedir"; either way content/ is beside pom.xml.
        Path projectFolder = Path.of(System.getProperty("basedir", "."));
        catalogue = new ContentLoader().load(projectFolder.resolve("content"));
    }

    @Test
    void the_real_content_has_no_problem() {
        assertThat(catalogue.problems()).as("problems in content/").isEmpty();
    }

    @Test
    void the_five_topics_come_in_their_order() {
        assertThat(catalogue.topics()).extracting(Topic::id)
                .containsExactly("browsing", "office", "images", "safety", "e-services");
    }

    @Test
    void every_topic_has_at_least_one_module() {
        assertThat(catalogue.topics()).isNotEmpty().allSatisfy(topic ->
                assertThat(catalogue.modulesOf(topic.id())).as("modules of %s", topic.id()).isNotEmpty());
    }

    @Test
    void every_module_has_at_least_five_exercises() {
        assertThat(catalogue.modules()).isNotEmpty().allSatisfy(module ->
                assertThat(module.exercises()).as("exercises of %s", module.id()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void every_module_has_its_texts_in_french_and_english() {
        assertThat(catalogue.modules()).isNotEmpty().allSatisfy(module -> {
            assertThat(module.title().byLanguage()).as("title of %s", module.id())
                    .containsKeys(ContentLanguages.FRENCH, ContentLanguages.ENGLISH);
            assertThat(module.summary().byLanguage()).as("summary of %s", module.id())
                    .containsKeys(ContentLanguages.FRENCH, ContentLanguages.ENGLISH);
            module.steps().forEach(step -> {
                if (step instanceof TextStep text) {
                    assertThat(text.markdown().byLanguage()).as("%s/%s", module.id(), step.id())
                            .containsKeys(ContentLanguages.FRENCH, ContentLanguages.ENGLISH)
                            .allSatisfy((language, markdown) -> assertThat(markdown).isNotBlank());
                }
                if (step instanceof Exercise exercise) {
                    assertThat(exercise.prompt().byLanguage()).as("%s/%s", module.id(), step.id())
                            .containsKeys(ContentLanguages.FRENCH, ContentLanguages.ENGLISH);
                }
            });
        });
    }

    @Test
    void the_starter_modules_translated_into_arabic_have_every_text_in_arabic() {
        assertThat(List.of("browsing-first-steps", "safety-strong-passwords")).allSatisfy(id -> {
            Module module = catalogue.module(id).orElseThrow();
            assertThat(module.textLanguage(ContentLanguages.ARABIC)).as("text language of %s", id)
                    .isEqualTo(ContentLanguages.ARABIC);
            assertThat(module.title().in(ContentLanguages.ARABIC)).as("title of %s", id)
                    .isNotEqualTo(module.title().in(ContentLanguages.FRENCH));
        });
    }

    @Test
    void every_topic_has_its_title_in_arabic() {
        assertThat(catalogue.topics()).isNotEmpty().allSatisfy(topic ->
                assertThat(topic.title().has(ContentLanguages.ARABIC)).as("Arabic title of %s", topic.id()).isTrue());
    }

    @Test
    void no_module_is_only_partly_in_arabic() {
        assertThat(catalogue.warnings()).as("warnings in content/")
                .noneMatch(warning -> warning.message().contains("have no Arabic"));
    }
}
