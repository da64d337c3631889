package org.digitalcentre.base;

import org.digitalcentre.classroom.LearnerPicture;
import org.digitalcentre.learning.ModuleStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word the app shows exists in French and in English, and the bundles read and format as intended. */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Properties french = load("messages_fr.properties");
    private final Properties english = load("messages_en.properties");
    private final Translations translations = new Translations();

    @Test
    void both_languages_have_the_same_keys_and_no_empty_text() {
        assertThat(french.stringPropertyNames()).isNotEmpty();
        assertThat(onlyIn(french, english)).as("keys only in French").isEmpty();
        assertThat(onlyIn(english, french)).as("keys only in English").isEmpty();
        assertThat(keysWhere(french, String::isBlank)).as("empty French texts").isEmpty();
        assertThat(keysWhere(english, String::isBlank)).as("empty English texts").isEmpty();
    }

    @Test
    void every_key_written_in_the_code_exists_in_both_languages() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        french.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        Map<String, Set<String>> filesByKey = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        filesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(filesByKey).as("keys found in the code").isNotEmpty();

        List<String> missing = new ArrayList<>();
        filesByKey.forEach((key, files) -> {
            if (!missingFrom(key).isEmpty()) {
                missing.add(key + " missing in " + missingFrom(key) + ", used in " + files);
            }
        });
        assertThat(missing).as("keys used in the code but not in both bundles").isEmpty();
    }

    @Test
    void every_key_built_from_an_enum_exists_in_both_languages() {
        Stream<String> pictures = Arrays.stream(LearnerPicture.values()).map(LearnerPicture::translationKey);
        Stream<String> statuses = Arrays.stream(ModuleStatus.values()).map(ModuleStatus::translationKey);

        assertThat(Stream.concat(pictures, statuses).filter(key -> !missingFrom(key).isEmpty())
                .map(key -> key + " missing in " + missingFrom(key))).isEmpty();
    }

    @Test
    void no_text_holds_a_straight_apostrophe_which_message_format_would_swallow() {
        assertThat(keysWhere(french, text -> text.contains("'"))).as("French texts with ' instead of ’").isEmpty();
        assertThat(keysWhere(english, text -> text.contains("'"))).as("English texts with ' instead of ’").isEmpty();
    }

    @Test
    void both_languages_fill_in_the_same_parameters() {
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            Set<String> inFrench = placeholders(french.getProperty(key));
            Set<String> inEnglish = placeholders(english.getProperty(key, ""));
            if (!inFrench.equals(inEnglish)) {
                different.add(key + ": fr " + inFrench + ", en " + inEnglish);
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void french_is_spoken_for_french_and_for_any_language_the_app_does_not_speak() {
        assertThat(translations.getTranslation("menu.home", Locale.FRENCH)).isEqualTo("Accueil");
        assertThat(translations.getTranslation("menu.home", Locale.CANADA_FRENCH)).isEqualTo("Accueil");
        assertThat(translations.getTranslation("menu.home", Locale.GERMAN)).isEqualTo("Accueil");
        assertThat(translations.getTranslation("menu.home", null)).isEqualTo("Accueil");
    }

    @Test
    void english_is_spoken_for_english() {
        assertThat(translations.getTranslation("menu.home", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(translations.getTranslation("menu.home", Locale.UK)).isEqualTo("Home");
    }

    @Test
    void parameters_are_filled_in_and_typographic_apostrophes_survive() {
        assertThat(translations.getTranslation("home.hello", Locale.FRENCH, "Amina")).isEqualTo("Bonjour Amina !");
        assertThat(translations.getTranslation("home.hello", Locale.ENGLISH, "Amina")).isEqualTo("Hello Amina!");
        assertThat(translations.getTranslation("home.hello", Locale.GERMAN, "Amina")).isEqualTo("Bonjour Amina !");
        assertThat(translations.getTranslation("teacher.attempts.title", Locale.ENGLISH, "Amina"))
                .isEqualTo("Amina’s answers");
        assertThat(translations.getTranslation("sign-in.code.wrong", Locale.FRENCH, 3))
                .isEqualTo("Ce code n’est pas le bon. Essayez encore. Il reste 3 essais.");
    }

    @Test
    void an_unknown_key_shows_the_key_rather_than_failing() {
        assertThat(translations.getTranslation("no.such-key", Locale.ENGLISH)).isEqualTo("no.such-key");
    }

    /** "fr", "en", "fr and en", or empty when both bundles have the key. */
    private String missingFrom(String key) {
        List<String> languages = new ArrayList<>();
        if (!french.containsKey(key)) {
            languages.add("fr");
        }
        if (!english.containsKey(key)) {
            languages.add("en");
        }
        return String.join(" and ", languages);
    }

    private static Set<String> keysWhere(Properties bundle, Predicate<String> test) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(key -> test.test(bundle.getProperty(key))).forEach(keys::add);
        return keys;
    }

    private static Set<String> onlyIn(Properties bundle, Properties other) {
        Set<String> keys = new TreeSet<>(bundle.stringPropertyNames());
        keys.removeAll(other.stringPropertyNames());
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(placeholder.group());
        }
        return found;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return properties;
    }
}
