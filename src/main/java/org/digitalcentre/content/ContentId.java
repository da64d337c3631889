package org.digitalcentre.content;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A content id (module, step, choice, item, pair, topic): required, small letters and digits in words joined by
 * single dashes. Declared once here because learners' records point at these ids and they must look alike.
 */
@NotNull(message = "the id is missing")
@Pattern(regexp = ContentId.PATTERN,
        message = "an id uses only small letters, digits and single dashes between them, like first-steps")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface ContentId {

    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
