package org.digitalcentre.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.awt.ComponentOrientation;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's own words, from {@code i18n/messages_fr.properties} (the default), {@code messages_en.properties} and
 * {@code messages_ar.properties}. Vaadin finds this bean and uses it for every {@code getTranslation} call.
 * The languages offered are the setting {@code digitalcentre.languages} (French first): adding one is its bundle
 * file plus its code in that setting. Numbers are written with the digits 0-9 in every language, and a language
 * written from right to left (Arabic) turns the page's direction.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = westernDigits(Locale.forLanguageTag("ar"));
    public static final String BUNDLE = "i18n/messages";
    /** The languages when no setting says otherwise (in plain unit tests, before Spring starts). */
    static final List<Locale> DEFAULT_LOCALES = List.of(FRENCH, ENGLISH, ARABIC);

    private static volatile List<Locale> locales = DEFAULT_LOCALES;

    /**
     * @param languages the setting {@code digitalcentre.languages}, e.g. {@code fr,en,ar}: French must be one of
     *                  them (the content's main language), and each needs its bundle file, or the app does not start
     */
    /** The default languages (fr, en, ar), for plain unit tests. */
    public Translations() {
    }

    @Autowired
    Translations(@Value("${digitalcentre.languages:fr,en,ar}") List<String> languages) {
        locales = configured(languages);
    }

    static List<Locale> configured(List<String> languages) {
        List<Locale> configured = languages.stream().map(String::strip).filter(code -> !code.isEmpty())
                .distinct().map(code -> westernDigits(Locale.forLanguageTag(code))).toList();
        if (configured.stream().noneMatch(locale -> locale.getLanguage().equals(FRENCH.getLanguage()))) {
            throw new IllegalStateException("digitalcentre.languages must include fr (French, the content's main "
                    + "language); it is " + languages);
        }
        for (Locale locale : configured) {
            String file = BUNDLE + "_" + locale.getLanguage() + ".properties";
            if (Translations.class.getClassLoader().getResource(file) == null) {
                throw new IllegalStateException("digitalcentre.languages names '" + locale.getLanguage()
                        + "', but there is no " + file + ": add the file, or take the language out of the setting");
            }
        }
        return configured;
    }

    /** The languages offered, in the order of the setting. */
    public static List<Locale> locales() {
        return locales;
    }

    /** Whether the language is written from right to left (Arabic): the page is then mirrored. */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && !ComponentOrientation.getOrientation(locale).isLeftToRight();
    }

    /** The locale, writing numbers with 0-9 where its usual digits are others (Arabic-Indic digits for Arabic). */
    static Locale westernDigits(Locale locale) {
        if (DecimalFormatSymbols.getInstance(locale).getZeroDigit() == '0') {
            return locale;
        }
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException missing) {
            log.warn("Missing translation '{}' for {}", key, bundle.getLocale());
            return key;
        }
    }

    /** The bundle for the locale's language; French for any language the app does not speak. */
    public static ResourceBundle bundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK);
    }

    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : locales) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return FRENCH;
    }
}
