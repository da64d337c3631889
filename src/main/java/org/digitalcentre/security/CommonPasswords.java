package org.digitalcentre.security;

import com.nulabinc.zxcvbn.StandardDictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords that attackers try first: the 30,000 most common passwords that zxcvbn4j ships (its passwords.txt, from
 * leaked password lists, MIT licence) and a few French ones of ours (common-passwords-fr.txt). Only those long
 * enough to pass the length rule matter. Compared without regard to case.
 */
final class CommonPasswords {

    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try {
            for (String password : StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet()) {
                if (password.length() >= GoodPassword.MIN) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
            try (InputStream ours = CommonPasswords.class.getResourceAsStream("common-passwords-fr.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(ours, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
        return Set.copyOf(passwords);
    }
}
