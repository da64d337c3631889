package org.digitalcentre.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and notes hold only characters one can see: control and bidirectional characters are refused. */
class PlainTextTest {

    record Name(@PlainText String value) {
    }

    record Note(@PlainText(multiLine = true) String value) {
    }

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_name_with_a_control_or_a_bidirectional_character_is_refused_with_the_translated_message() {
        List<Integer> refused = List.of(0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x202A, 0x202B, 0x202C, 0x202D,
                0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C);
        for (int c : refused) {
            Set<ConstraintViolation<Name>> violations = validator.validate(new Name("Ami" + Character.toString(c)
                    + "na"));
            assertThat(violations).as("U+%04X", c).singleElement()
                    .extracting(ConstraintViolation::getMessage).isEqualTo("text.hidden-characters");
        }
    }

    @Test
    void a_note_may_have_line_ends_and_tabs_but_not_nul_or_bidirectional_characters() {
        assertThat(validator.validate(new Note("Objectif :\r\n\t- lire un courriel\nFin"))).isEmpty();
        assertThat(validator.validate(new Note("Objectif\u0000"))).hasSize(1);
        assertThat(validator.validate(new Note("Objectif \u202Elanif"))).hasSize(1);
        assertThat(validator.validate(new Note("a\u2069b"))).hasSize(1);
    }

    @Test
    void names_in_every_alphabet_with_accents_and_apostrophes_are_fine() {
        for (String name : List.of("Aïcha", "Hélène", "Marie-Claire", "N’Diaye", "O'Brien", "فاطمة", "Ольга",
                "Thị Hương", "Zoë 👩", "", "  Leïla  ")) {
            assertThat(validator.validate(new Name(name))).as(name).isEmpty();
        }
        assertThat(validator.validate(new Name(null))).isEmpty();
    }

    @Test
    void a_refused_line_is_shown_with_a_visible_mark_instead_of_the_hidden_character() {
        assertThat(PlainText.Check.visible("Ami\u202Ena;D\u0000")).isEqualTo("Ami\uFFFDna;D\uFFFD");
        assertThat(PlainText.Check.visible("Aïcha;D")).isEqualTo("Aïcha;D");
    }
}
