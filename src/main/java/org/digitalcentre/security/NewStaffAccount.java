package org.digitalcentre.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.digitalcentre.base.PlainText;
import org.digitalcentre.base.Role;

/**
 * What it takes to open a staff account. Each rule is declared here once: the service enforces it, the form shows
 * what it reports. Each message is a translation key, which the form shows in the person's language.
 */
public record NewStaffAccount(
        @NotBlank(message = "staff.username.required")
        @Size(max = USERNAME_MAX, message = "staff.username.too-long")
        // Spaces around the name are a typing slip: they are dropped when the account is opened.
        @Pattern(regexp = "\\s*[a-zA-Z0-9._-]*\\s*", message = "staff.username.characters")
        @PlainText
        String username,

        @NotBlank(message = "staff.display-name.required")
        @Size(max = DISPLAY_NAME_MAX, message = "staff.display-name.too-long")
        @PlainText
        String displayName,

        @GoodPassword
        String password,

        @NotNull(message = "staff.role.required")
        Role role) {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int PASSWORD_MIN = GoodPassword.MIN;
    public static final int PASSWORD_MAX = GoodPassword.MAX;
}
