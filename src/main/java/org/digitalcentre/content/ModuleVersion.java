package org.digitalcentre.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A module's version: the first 12 hex digits of a SHA-256 over every file of its folder. Attempts keep it, so a
 * teacher can tell which answers were given to an older wording.
 */
final class ModuleVersion {

    static final int LENGTH = 12;

    private ModuleVersion() {
    }

    static String of(Path moduleFolder) throws IOException {
        MessageDigest sha256 = sha256();
        for (Path file : filesInStableOrder(moduleFolder)) {
            // Separators are '/' everywhere so a module has the same version on Windows and Linux.
            String relative = moduleFolder.relativize(file).toString().replace('\\', '/');
            sha256.update(relative.getBytes(StandardCharsets.UTF_8));
            // A zero byte ends the name, so "a" + "bc" never hashes like "ab" + "c".
            sha256.update((byte) 0);
            byte[] bytes = Files.readAllBytes(file);
            sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest()).substring(0, LENGTH);
    }

    private static List<Path> filesInStableOrder(Path moduleFolder) throws IOException {
        try (Stream<Path> paths = Files.walk(moduleFolder)) {
            return paths.filter(Files::isRegularFile)
                    .sorted((a, b) -> moduleFolder.relativize(a).toString().replace('\\', '/')
                            .compareTo(moduleFolder.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
