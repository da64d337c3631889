package org.digitalcentre.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Il reste 1 essais", "1 erreurs": every message with a count is formatted with the count 1 in French and English,
 * and a number 1 followed by a plural word fails the test. A message that counts uses a choice format
 * ({@code {0,choice,0#0 erreur|1#1 erreur|1<{0} erreurs}}). The heuristic: after "1 ", a word ending in s or x that is
 * not one of the words that end so in the singular too (mois, fois, is, this...).
 */
class PluralsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** "1" as a whole number (not in 11, 2.1 or a1), then the word after it. */
    private static final Pattern ONE_AND_WORD = Pattern.compile("(?<![\\d.,\\p{L}])1\\s+(\\p{L}[\\p{L}’'-]*)");
    /** Words that end in s or x in the singular too. */
    private static final Set<String> SINGULAR_TOO = Set.of("s", "mois", "fois", "temps", "choix", "prix", "pas", "plus",
            "sans", "dans", "sous", "is", "was", "has", "this", "its", "his", "us", "as", "minus");
    /** The placeholder of these is no count (a size already written out, as "1,5"). */
    private static final Set<String> NO_COUNT = Set.of("backups.size.bytes");

    @Test
    void no_message_says_1_with_a_plural_word_in_french_or_english() {
        List<String> mistakes = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            Properties bundle = load("messages_" + language + ".properties");
            Locale locale = Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                int count = placeholders(pattern);
                if (count == 0 || NO_COUNT.contains(key)) {
                    continue;
                }
                Object[] ones = new Object[count];
                Arrays.fill(ones, 1);
                String text = new MessageFormat(pattern, locale).format(ones);
                Matcher one = ONE_AND_WORD.matcher(text);
                while (one.find()) {
                    String word = one.group(1).toLowerCase(locale);
                    boolean outOf = language.equals("en") && text.substring(0, one.start()).endsWith("of ");
                    if ((word.endsWith("s") || word.endsWith("x")) && !SINGULAR_TOO.contains(word) && !outOf) {
                        mistakes.add(language + " " + key + ": " + text);
                    }
                }
            }
        }
        assertThat(mistakes).as("messages that say \"1\" with a plural word: use a choice format").isEmpty();
    }

    @Test
    void the_heuristic_finds_a_plural_after_1_and_lets_a_singular_pass() {
        assertThat(ONE_AND_WORD.matcher("Il reste 1 essais.").results().map(m -> m.group(1)))
                .containsExactly("essais");
        assertThat(new MessageFormat("{0,choice,0#0 essai|1#1 essai|1<{0} essais}", Locale.FRENCH).format(
                new Object[] {1})).isEqualTo("1 essai");
        assertThat(ONE_AND_WORD.matcher("11 essais, 2,1 ko, étape 1 sur 4").results().map(m -> m.group(1)))
                .as("only the whole number 1 counts").containsExactly("sur");
    }

    @Test
    void the_seconds_before_an_idle_session_closes_and_the_scores_say_1_in_the_singular() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("idle.message", Locale.FRENCH, 1)).contains("dans 1 seconde.");
        assertThat(translations.getTranslation("idle.message", Locale.FRENCH, 30)).contains("dans 30 secondes.");
        assertThat(translations.getTranslation("idle.message", Locale.ENGLISH, 1)).contains("in 1 second.");
        assertThat(translations.getTranslation("idle.message", Locale.ENGLISH, 0)).contains("in 0 seconds.");
        assertThat(translations.getTranslation("player.finished.score", Locale.FRENCH, 1, 3))
                .isEqualTo("1 bonne réponse du premier coup sur 3.");
        assertThat(translations.getTranslation("library.reloaded", Locale.ENGLISH, 1, 0, 2))
                .isEqualTo("Files read again: 1 module, 0 mistakes, 2 warnings.");
        assertThat(translations.getTranslation("sign-in.code.wrong", Locale.FRENCH, 1)).contains("Il reste 1 essai.");
    }

    private static int placeholders(String pattern) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int count = 0;
        while (placeholder.find()) {
            count = Math.max(count, Integer.parseInt(placeholder.group(1)) + 1);
        }
        return count;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        return properties;
    }
}
