package org.digitalcentre.content;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A text as written in a YAML file, {@code { fr: ..., en: ..., ar: ... }}: French and English are required, the
 * languages of {@link ContentLanguages#OPTIONAL} may be added; any other key is an unknown language.
 */
@LocalizedTextEntry.KnownLanguages
record LocalizedTextEntry(
        @NotBlank(message = "the French text is missing or empty") String fr,
        @NotBlank(message = "the English text is missing or empty") String en,
        @JsonAnySetter Map<String, Object> others) {

    LocalizedTextEntry {
        others = others == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(others));
    }

    /** The text in an optional language, or null when the author did not write it (or wrote it wrongly). */
    String optional(String language) {
        return others.get(language) instanceof String text && !text.isBlank() ? text : null;
    }

    /** The text in any content language, or null. */
    String in(String language) {
        return switch (language) {
            case ContentLanguages.FRENCH -> fr;
            case ContentLanguages.ENGLISH -> en;
            default -> optional(language);
        };
    }

    /** Surrounding blanks are dropped: YAML block texts ({@code |}) end with a line break nobody means to show. */
    LocalizedText toLocalizedText() {
        Map<String, String> texts = new HashMap<>();
        texts.put(ContentLanguages.FRENCH, fr.strip());
        texts.put(ContentLanguages.ENGLISH, en.strip());
        for (String language : ContentLanguages.OPTIONAL) {
            String text = optional(language);
            if (text != null) {
                texts.put(language, text.strip());
            }
        }
        return new LocalizedText(texts);
    }

    /** Each key besides fr and en is an optional language with a text in it. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KnownLanguagesValidator.class)
    @interface KnownLanguages {
        String message() default "unknown language";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Public with a public constructor: Hibernate Validator creates it. */
    public static final class KnownLanguagesValidator
            implements ConstraintValidator<KnownLanguages, LocalizedTextEntry> {

        public KnownLanguagesValidator() {
            // created by Hibernate Validator
        }

        @Override
        public boolean isValid(LocalizedTextEntry entry, ConstraintValidatorContext context) {
            if (entry == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            for (Map.Entry<String, Object> other : entry.others().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                String message = null;
                if (!ContentLanguages.OPTIONAL.contains(other.getKey())) {
                    message = "unknown language '" + other.getKey() + "'; write the text in "
                            + ContentLanguages.written();
                } else if (other.getValue() == null
                        || other.getValue() instanceof String text && text.isBlank()) {
                    message = "the " + ContentLanguages.name(other.getKey())
                            + " text is empty; write it, or leave " + other.getKey() + ": out";
                } else if (!(other.getValue() instanceof String)) {
                    message = "the " + ContentLanguages.name(other.getKey()) + " text must be a text; put it in quotes";
                }
                if (message != null) {
                    valid = false;
                    // Braces and dollars would be read as message parameters.
                    context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("}", "\\}")
                                    .replace("$", "\\$"))
                            .addPropertyNode(other.getKey()).addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
