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

/**
 * Every word the app shows exists in every language the app speaks (French, English, Arabic), and the bundles read
 * and format as intended.
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Properties french = load("messages_fr.properties");
    private final Properties english = load("messages_en.properties");
    private final Map<String, Properties> bundles = allBundles();
    private final Translations translations = new Translations();

    @Test
    void every_bundle_has_the_same_keys_as_french_and_no_empty_text() {
        assertThat(french.stringPropertyNames()).isNotEmpty();
        assertThat(bundles.keySet()).contains("fr", "en", "ar");
        bundles.forEach((language, bundle) -> {
            assertThat(onlyIn(french, bundle)).as("keys missing in " + language).isEmpty();
            assertThat(onlyIn(bundle, french)).as("keys only in " + language).isEmpty();
            assertThat(keysWhere(bundle, String::isBlank)).as("empty texts in " + language).isEmpty();
        });
    }

    @Test
    void the_languages_setting_names_every_bundle_and_only_them() throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            settings.load(reader);
        }
        List<String> configured = Arrays.stream(settings.getProperty("digitalcentre.languages").split(","))
                .map(String::strip).toList();
        assertThat(configured).first().isEqualTo("fr");
        assertThat(configured).containsExactlyInAnyOrderElementsOf(bundles.keySet());
        assertThat(Translations.configured(configured)).extracting(Locale::getLanguage)
                .containsExactlyElementsOf(configured);
    }

    @Test
    void a_language_without_its_bundle_or_without_french_stops_the_start_with_what_to_do() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Translations.configured(List.of("fr", "de")))
                .hasMessageContaining("i18n/messages_de.properties");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Translations.configured(List.of("en")))
                .hasMessageContaining("must include fr");
    }

    @Test
    void arabic_is_spoken_for_arabic_right_to_left_with_the_digits_0_to_9() {
        assertThat(translations.getTranslation("menu.home", Locale.forLanguageTag("ar")))
                .isEqualTo(bundles.get("ar").getProperty("menu.home")).isNotEqualTo("Accueil");
        assertThat(Translations.rightToLeft(Translations.ARABIC)).isTrue();
        assertThat(Translations.rightToLeft(Locale.FRENCH)).isFalse();
        assertThat(Translations.rightToLeft(Locale.ENGLISH)).isFalse();
        assertThat(Translations.supported(Locale.forLanguageTag("ar-MA"))).isEqualTo(Translations.ARABIC);
        assertThat(translations.getTranslation("teacher.attempts.seconds", Translations.ARABIC, 1234))
                .contains("1").doesNotContain("١");
    }

    @Test
    void every_key_written_in_the_code_exists_in_every_language() throws IOException {
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
        assertThat(missing).as("keys used in the code but not in every bundle").isEmpty();
    }

    @Test
    void every_key_built_from_an_enum_exists_in_every_language() {
        Stream<String> pictures = Arrays.stream(LearnerPicture.values()).map(LearnerPicture::translationKey);
        Stream<String> statuses = Arrays.stream(ModuleStatus.values()).map(ModuleStatus::translationKey);

        assertThat(Stream.concat(pictures, statuses).filter(key -> !missingFrom(key).isEmpty())
                .map(key -> key + " missing in " + missingFrom(key))).isEmpty();
    }

    @Test
    void no_text_holds_a_straight_apostrophe_which_message_format_would_swallow() {
        bundles.forEach((language, bundle) -> assertThat(keysWhere(bundle, text -> text.contains("'")))
                .as(language + " texts with ' instead of ’").isEmpty());
    }

    @Test
    void every_language_fills_in_the_same_parameters() {
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(french.stringPropertyNames())) {
            Set<String> inFrench = placeholders(french.getProperty(key));
            bundles.forEach((language, bundle) -> {
                Set<String> inOther = placeholders(bundle.getProperty(key, ""));
                if (!inFrench.equals(inOther)) {
                    different.add(key + ": fr " + inFrench + ", " + language + " " + inOther);
                }
            });
        }
        assertThat(different).isEmpty();
    }

    @Test
    void every_text_with_parameters_formats_in_every_language() {
        List<String> broken = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            for (String key : bundle.stringPropertyNames()) {
                int count = placeholders(french.getProperty(key, "")).size();
                if (count == 0) {
                    continue;
                }
                Object[] values = new Object[count];
                Arrays.fill(values, 1);
                try {
                    new java.text.MessageFormat(bundle.getProperty(key), Locale.forLanguageTag(language))
                            .format(values);
                } catch (IllegalArgumentException wrong) {
                    broken.add(language + " " + key + ": " + wrong.getMessage());
                }
            }
        });
        assertThat(broken).isEmpty();
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

    /** The languages whose bundle lacks the key ("fr", "en and ar"...), or empty when every bundle has it. */
    private String missingFrom(String key) {
        List<String> languages = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            if (!bundle.containsKey(key)) {
                languages.add(language);
            }
        });
        return String.join(" and ", languages);
    }

    /** Every messages_xx.properties, by language code. */
    private static Map<String, Properties> allBundles() {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.matches("messages_[a-z]{2,3}\\.properties"))
                    .forEach(name -> bundles.put(name.substring("messages_".length(), name.indexOf('.')), load(name)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + BUNDLES, e);
        }
        return bundles;
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
