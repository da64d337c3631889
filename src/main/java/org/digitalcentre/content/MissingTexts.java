package org.digitalcentre.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which texts of a module lack an optional language ({@link ContentLanguages#OPTIONAL}), read from the module's
 * YAML tree and its Markdown files, so that each is named by its field path as the author wrote it. Recordings
 * ({@code audio:}) are not texts: a module is complete in a language without them.
 */
final class MissingTexts {

    private static final String AUDIO = "audio";
    private static final int NAMED_IN_WARNING = 5;

    /** How many texts the module has, and the field paths of those without the language, in reading order. */
    record Found(String language, int texts, List<String> missing) {

        Found {
            missing = List.copyOf(missing);
        }

        boolean complete() {
            return missing.isEmpty();
        }

        /** Some texts have the language and some do not: worth telling the author. */
        boolean partial() {
            return !missing.isEmpty() && missing.size() < texts;
        }

        String warning() {
            String name = ContentLanguages.name(language);
            List<String> named = missing.subList(0, Math.min(NAMED_IN_WARNING, missing.size()));
            return missing.size() + " of the module's " + texts + " texts have no " + name + " (" + language + ": or "
                    + "a ." + language + ".md file): " + String.join(", ", named)
                    + (missing.size() > named.size() ? "…" : "") + ". Until every text has " + name
                    + ", a learner who reads " + name + " sees the whole module in French";
        }
    }

    private MissingTexts() {
    }

    static Found in(JsonNode module, Path moduleFolder, String language) {
        List<String> missing = new ArrayList<>();
        int texts = walk(module, "", moduleFolder, language, missing);
        return new Found(language, texts, missing);
    }

    private static int walk(JsonNode node, String path, Path moduleFolder, String language, List<String> missing) {
        if (node == null) {
            return 0;
        }
        int texts = 0;
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts += walk(node.get(i), path + "[" + i + "]", moduleFolder, language, missing);
            }
            return texts;
        }
        if (!node.isObject()) {
            return 0;
        }
        if (node.has(ContentLanguages.FRENCH) || node.has(ContentLanguages.ENGLISH)) {
            JsonNode text = node.get(language);
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                missing.add(ContentYamlReader.join(path, language));
            }
            return 1;
        }
        JsonNode type = node.get("type");
        JsonNode file = node.get("file");
        if (type != null && ModuleFile.TEXT.equals(type.asText()) && file != null && file.isTextual()
                && !file.asText().isBlank()) {
            texts++;
            String name = file.asText().strip() + "." + language + ".md";
            if (!isFileInFolder(moduleFolder, name)) {
                missing.add(ContentYamlReader.join(path, "file") + " (" + name + ")");
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!AUDIO.equals(field.getKey())) {
                texts += walk(field.getValue(), ContentYamlReader.join(path, field.getKey()), moduleFolder, language,
                        missing);
            }
        }
        return texts;
    }

    private static boolean isFileInFolder(Path moduleFolder, String name) {
        try {
            Path file = moduleFolder.resolve(name).normalize();
            return file.startsWith(moduleFolder) && Files.isRegularFile(file);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
