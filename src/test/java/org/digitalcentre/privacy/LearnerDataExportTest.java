package org.digitalcentre.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerDataExportTest extends PrivacyServiceTest {

    private static final String OLD_QUESTION = "Where did you type the address, in the first version?";

    @Autowired
    LearnerDataExport export;
    @Autowired
    LearnerErasure erasure;
    @Autowired
    org.digitalcentre.classroom.ClassroomService classroom;

    private PrivacyFixture.Staff admin;
    private long amina;

    @BeforeEach
    void aminaDidEverything() {
        admin = fixture.staff("privacy-admin", Role.ADMIN);
        amina = fixture.cohort("Morning group", "Amina").learnerIds()[0];
        fixture.aLearnerWhoDidEverything(admin, amina);
    }

    /**
     * She answered an older version of the module, whose question the author has reworded since: the export shows
     * the question she read, kept when that version was loaded.
     */
    private void sheAnsweredAnOlderVersionOfTheQuestion() {
        Module today = catalogue.module("test-browsing").orElseThrow();
        int kept = jdbc.update("insert into kept_exercise (module_id, content_version, exercise_id, module_title, "
                + "exercise) select module_id, 'first', exercise_id, module_title, replace(exercise, "
                + "'Where do you type the address?', ?) from kept_exercise where module_id = 'test-browsing' "
                + "and exercise_id = 'where-to-type' and content_version = ?", OLD_QUESTION, today.version());
        assertThat(kept).as("today's version of the exercise is kept at start").isEqualTo(1);
        Module first = new Module(today.id(), today.topicId(), today.level(), today.competences(), today.minutes(),
                today.masteryPercent(), today.title(), today.summary(), today.steps(), "first", today.folder(),
                today.readAloud());
        fixture.answer(amina, first, "where-to-type", new Answer.Choices(Set.of("address-bar")));
    }

    @Test
    void the_zip_holds_a_printable_page_json_and_a_csv_file_for_each_kind_of_data() throws IOException {
        classroom.rememberLanguage(amina, "ar");
        Map<String, String> files = unzip(export.zip(admin, amina, Locale.ENGLISH));

        assertThat(files).containsOnlyKeys("index.html", "data.json", "details.csv", "answers.csv",
                "time-per-day.csv", "modules.csv", "notes.csv", "intake-interview.csv", "attendance-register.csv", "given-modules.csv");
        assertThat(files.get("details.csv")).startsWith("\uFEFF").contains("First name;Amina", "Morning group",
                "Centre Morning group", "07/09/2026", "30/11/2026", "Wrong codes in a row;1", "Language;Arabic",
                "Read aloud automatically;no");
        assertThat(files.get("answers.csv")).contains("Where do you type the address?", "In the middle of the page",
                "The padlock means: encrypted connection.");
        assertThat(files.get("time-per-day.csv")).contains("07/09/2026;3");
        assertThat(files.get("modules.csv")).contains("The browser");
        assertThat(files.get("notes.csv")).contains("Read a letter alone", "Reads little", "Big letters",
                "Her sister comes on Mondays", "privacy-admin Name");
        assertThat(files.get("given-modules.csv")).contains("The browser");
        assertThat(files.get("intake-interview.csv")).contains("Her goals, in her words;Work in a shop");
        assertThat(files.get("attendance-register.csv")).contains("Week 1: test-browsing;Present;3.0");
        assertThat(files.get("index.html")).contains("<html lang=\"en\" dir=\"ltr\">", "Amina X.’s data", "Her answers",
                "Where do you type the address?", "Her sister comes on Mondays").doesNotContain("<script");

        JsonNode json = new ObjectMapper().readTree(files.get("data.json"));
        assertThat(json.at("/learner/firstName").asText()).isEqualTo("Amina");
        assertThat(json.at("/learner/language").asText()).isEqualTo("ar");
        assertThat(json.at("/learner/readAloudAutomatically").asBoolean()).isFalse();
        assertThat(json.at("/answers").size()).isEqualTo(2);
        assertThat(json.at("/teachersNotes/0/freeText").asText()).isEqualTo("Her sister comes on Mondays");
        assertThat(json.at("/modulesGivenToHer/0/moduleId").asText()).isEqualTo("test-browsing");
        assertThat(json.at("/secondsPerDay/2026-09-07").asLong()).isEqualTo(180);
        assertThat(json.at("/outcome/category").asText()).isEqualTo("NEW_PROJECT");
        assertThat(json.at("/outcome/note").asText()).isEqualTo("Opens a sewing shop");
        assertThat(json.at("/outcome/followUp3Months/done").asBoolean()).isFalse();
    }

    @Test
    void each_answer_shows_the_question_as_it_was_when_she_answered() throws IOException {
        sheAnsweredAnOlderVersionOfTheQuestion();

        Map<String, String> files = unzip(export.zip(admin, amina, Locale.ENGLISH));

        assertThat(files.get("answers.csv").lines().filter(line -> line.contains(OLD_QUESTION)))
                .singleElement().asString().contains("In the address bar").doesNotContain("Where do you type");
        assertThat(files.get("answers.csv")).contains("Where do you type the address?");
        JsonNode answers = new ObjectMapper().readTree(files.get("data.json")).at("/answers");
        JsonNode first = answers.get(answers.size() - 1);
        assertThat(first.at("/contentVersion").asText()).isEqualTo("first");
        assertThat(first.at("/question").asText()).isEqualTo(OLD_QUESTION);
        assertThat(first.at("/questionAsItWas").asBoolean()).isTrue();
        assertThat(first.at("/answer").asText()).isEqualTo("In the address bar");
        assertThat(files.get("index.html")).contains(OLD_QUESTION);
    }

    @Test
    void the_export_speaks_the_administrators_language() throws IOException {
        Map<String, String> files = unzip(export.zip(admin, amina, Locale.FRENCH));

        assertThat(files.get("index.html")).contains("<html lang=\"fr\" dir=\"ltr\">", "Données de Amina X.", "Ses réponses",
                "Où tapez-vous l&#39;adresse ?");
        assertThat(files.get("answers.csv")).contains("Au milieu de la page");
        assertThat(export.fileName(amina, Locale.FRENCH)).isEqualTo("donnees-apprenante-" + amina
                + "-2026-09-07.zip");
    }

    @Test
    void her_code_and_its_hash_are_never_exported() throws IOException {
        flush();
        String hash = jdbc.queryForObject("select code_hash from learner where id = ?", String.class, amina);

        Map<String, String> files = unzip(export.zip(admin, amina, Locale.ENGLISH));

        assertThat(hash).isNotBlank();
        files.forEach((name, text) -> assertThat(text).as(name).doesNotContain(hash));
    }

    @Test
    void a_text_that_starts_like_a_formula_is_shown_as_text_in_the_spreadsheet() throws IOException {
        notes.write(admin, amina, new org.digitalcentre.classroom.NoteDraft(java.time.LocalDate.of(2026, 9, 7),
                "=HYPERLINK(\"http://evil\")", "", "", ""));

        Map<String, String> files = unzip(export.zip(admin, amina, Locale.ENGLISH));

        assertThat(files.get("notes.csv")).contains("'=HYPERLINK").doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void once_anonymised_nothing_held_about_her_bears_her_name() throws IOException {
        erasure.anonymise(admin, amina);

        Map<String, String> files = unzip(export.zip(admin, amina, Locale.ENGLISH));

        files.forEach((name, text) -> assertThat(text).as(name).doesNotContain("Amina", "Her sister"));
        assertThat(files.get("details.csv")).contains("First name;Apprenante 1", "Picture;no picture",
                "None: she can no longer sign in.");
        assertThat(files.get("answers.csv")).contains("In the middle of the page");
    }

    @Test
    void only_an_administrator_exports() {
        PrivacyFixture.Staff teacher = fixture.staff("privacy-teacher", Role.TEACHER);
        assertThatThrownBy(() -> export.zip(teacher, amina, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
