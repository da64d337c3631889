package org.digitalcentre.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Map;

/**
 * Shows a service's verdict on a form: each broken rule (a constraint whose message is a translation key) under
 * the field it is about. The rules stay declared once, on the record the service checks.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Clears the fields' errors, then marks each field a violation names. {@code fieldsByProperty} maps a record
     * component's name to its field (a Vaadin field component); {@code params} fill the messages' placeholders.
     */
    public static void show(ConstraintViolationException invalid, Map<String, ? extends HasValidation> fieldsByProperty,
                            Object... params) {
        clear(fieldsByProperty);
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            HasValidation field = fieldsByProperty.get(violation.getPropertyPath().toString());
            if (field != null) {
                mark(field, violation.getMessage(), params);
            }
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fieldsByProperty) {
        fieldsByProperty.values().forEach(field -> field.setInvalid(false));
    }

    public static void mark(HasValidation field, String messageKey, Object... params) {
        field.setErrorMessage(((Component) field).getTranslation(messageKey, params));
        field.setInvalid(true);
    }
}
