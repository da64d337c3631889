package org.digitalcentre.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text a person types or imports (a name, a note) holds only characters one can see: no control character (NUL,
 * escape...) and no bidirectional control, which can make a name read backwards or hide part of it on a teacher's
 * screen or in an exported file. Multi-line text may hold line ends and tabs. {@code null} is left to
 * {@code @NotNull}. The message is a translation key.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, RECORD_COMPONENT, PARAMETER})
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    /** The translation key of the message: what is wrong and what to do. */
    String MESSAGE = "text.hidden-characters";

    String message() default MESSAGE;

    /** Whether line ends (\n, \r) and tabs are allowed, as in a note. */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || isPlain(text, multiLine);
        }

        /** Whether the text holds no refused character. */
        public static boolean isPlain(CharSequence text, boolean multiLine) {
            return text.codePoints().noneMatch(c -> refused(c, multiLine));
        }

        /** Whether this character is refused in text of that kind. */
        public static boolean refused(int c, boolean multiLine) {
            if (Character.getType(c) == Character.CONTROL) {
                return !(multiLine && (c == '\n' || c == '\r' || c == '\t'));
            }
            return (c >= 0x202A && c <= 0x202E) // embeddings and overrides LRE RLE PDF LRO RLO
                    || (c >= 0x2066 && c <= 0x2069) // isolates LRI RLI FSI PDI
                    || c == 0x200E || c == 0x200F // left-to-right and right-to-left marks
                    || c == 0x061C; // Arabic letter mark
        }

        /** The text with each refused character shown as �, so a report can show a refused line safely. */
        public static String visible(String text) {
            StringBuilder shown = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (refused(c, false)) {
                    shown.append('\uFFFD');
                } else {
                    shown.appendCodePoint(c);
                }
            });
            return shown.toString();
        }
    }
}
