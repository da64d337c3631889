package org.digitalcentre.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a staff password, declared once for every place a password is chosen (first administrator, new
 * account, her own change, a reset): 10 to 128 characters, and not one of the common passwords that attackers try
 * first. Each broken rule is reported with its own message (a translation key; {0} is the least, {1} the most).
 */
@NotNull(message = "staff.password.too-short")
@Size(min = GoodPassword.MIN, message = "staff.password.too-short")
@Size(max = GoodPassword.MAX, message = "staff.password.too-long")
@Constraint(validatedBy = CommonPasswordCheck.class)
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface GoodPassword {

    int MIN = 10;
    /** Any length up to this counts in full: the password is hashed with SHA-256 before BCrypt. */
    int MAX = 128;

    String message() default "staff.password.common";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
