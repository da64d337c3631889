package org.digitalcentre.security;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Refuses a password from {@link CommonPasswords}; the length rules of {@link GoodPassword} are checked apart. */
public class CommonPasswordCheck implements ConstraintValidator<GoodPassword, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || !CommonPasswords.contains(password);
    }
}
