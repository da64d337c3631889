package org.digitalcentre.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * BCrypt of the password's SHA-256 (in Base64, 44 characters). BCrypt reads only the first 72 bytes of what it is
 * given: hashing first makes every character of a long password count (docs/decisions/0006-staff-passwords.md).
 */
final class PreHashedBCrypt implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && encodedPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence rawPassword) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
