package org.digitalcentre.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads content YAML strictly and turns every mistake into a {@link ContentProblem} an author can act on: YAML
 * syntax errors by line, wrong or unknown fields and failed constraints by field path ({@code steps[2].prompt.en}).
 */
final class ContentYamlReader implements AutoCloseable {

    private final ObjectMapper yaml = createStrictYamlMapper();
    private final ValidatorFactory validatorFactory = Validation.buildDefaultValidatorFactory();
    private final Validator validator = validatorFactory.getValidator();

    private static ObjectMapper createStrictYamlMapper() {
        YAMLFactory factory = YAMLFactory.builder()
                // YAML 1.1 reads "No", "yes", "on" as booleans: an English choice "No" would become "false".
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A number or true/false where a text belongs is a mistake (competences: [1.1] loses "1.10"), not a text.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** The YAML tree of a file, or empty when the file is missing, not UTF-8, empty or not valid YAML. */
    Optional<JsonNode> readTree(Path file, FileProblems problems) {
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            problems.add("", "the file is missing");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add("", "the file is not saved as UTF-8; save it again with the UTF-8 encoding");
            return Optional.empty();
        } catch (IOException e) {
            problems.add("", "the file cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        try {
            JsonNode tree = yaml.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                problems.add("", "the file is empty");
                return Optional.empty();
            }
            if (!tree.isObject()) {
                problems.add("", "the file must be a list of fields, one per line, like id: my-module");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            reportSyntaxError(e, problems);
            return Optional.empty();
        }
    }

    /**
     * Reads a tree into an entry and checks its constraints. The entry is returned even when a constraint
     * failed, so the caller can go on checking it; it is empty only when the tree does not fit the entry at all.
     */
    <T> Optional<T> readEntry(JsonNode tree, Class<T> type, String fieldPrefix, FileProblems problems) {
        T entry;
        try {
            entry = yaml.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            reportMappingError(e, fieldPrefix, problems);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(fieldPrefix, "cannot be read: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (entry == null) {
            problems.add(fieldPrefix, "is empty");
            return Optional.empty();
        }
        validator.validate(entry).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> fieldOf(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problems.add(join(fieldPrefix, fieldOf(v.getPropertyPath())), v.getMessage()));
        return Optional.of(entry);
    }

    /** Joins two parts of a field path: {@code steps[2]} and {@code prompt.en}, or {@code steps} and {@code [2]}. */
    static String join(String prefix, String suffix) {
        if (prefix.isEmpty()) {
            return suffix;
        }
        if (suffix.isEmpty()) {
            return prefix;
        }
        return suffix.startsWith("[") ? prefix + suffix : prefix + "." + suffix;
    }

    @Override
    public void close() {
        validatorFactory.close();
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return withoutByteOrderMark(text);
    }

    /** Windows editors may start a UTF-8 file with a byte order mark; it is not part of the text. */
    static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void reportSyntaxError(JsonProcessingException e, FileProblems problems) {
        if (e.getCause() instanceof MarkedYAMLException yamlError && yamlError.getProblemMark() != null) {
            int line = yamlError.getProblemMark().getLine() + 1;
            problems.add("line " + line, explainYamlProblem(yamlError.getProblem(), yamlError.getContext()));
            return;
        }
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            message = "the field " + message.substring("Duplicate field ".length()) + " is written twice";
        } else {
            message = "this is not valid YAML: " + message;
        }
        problems.add(line > 0 ? "line " + line : "", message);
    }

    /** SnakeYAML's words for the mistakes authors make most, said plainly. */
    private static String explainYamlProblem(String problem, String context) {
        String said = problem == null ? "" : problem;
        if (said.contains("mapping values are not allowed")) {
            return "this line cannot be read: a text that contains \": \" must be put in quotes, "
                    + "or the line is indented wrongly";
        }
        if (context != null && context.contains("flow mapping")) {
            // French typography puts a space before ? and :, which ends a text inside { ... } too early.
            return "this line cannot be read: inside { ... }, put a text in quotes when it has ? : , # or a quote "
                    + "in it, like { fr: \"Où ?\", en: \"Where?\" }";
        }
        if (said.contains("'\\t'")) {
            return "indent with spaces, not with tabs";
        }
        return "this is not valid YAML: " + said + (context == null ? "" : " (" + context + ")");
    }

    private static void reportMappingError(JsonMappingException e, String fieldPrefix, FileProblems problems) {
        String field = join(fieldPrefix, fieldOf(e.getPath()));
        if (e instanceof UnrecognizedPropertyException unknown) {
            problems.add(field, "unknown field '" + unknown.getPropertyName() + "'; the fields here are "
                    + sortedNames(unknown.getKnownPropertyIds()));
        } else if (e instanceof InvalidTypeIdException typeError) {
            String allowed = String.join(", ", ModuleFile.STEP_TYPES);
            problems.add(join(field, "type"), typeError.getTypeId() == null
                    ? "the step has no type; use one of " + allowed
                    : "unknown step type '" + typeError.getTypeId() + "'; use one of " + allowed);
        } else if (e instanceof InvalidFormatException badValue) {
            problems.add(field, "'" + badValue.getValue() + "' " + expected(badValue.getTargetType()));
        } else if (e instanceof MismatchedInputException mismatch) {
            problems.add(field, "this " + expected(mismatch.getTargetType()));
        } else {
            problems.add(field, "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "is the wrong kind of value";
        }
        if (type == String.class) {
            return "must be a text; put it in quotes";
        }
        if (type == Integer.class || type == int.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalizedTextEntry.class) {
            return "must be a text in French and in English, like { fr: ..., en: ... }";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list, each entry on a line starting with -";
        }
        return "must be a group of fields, like id: ... and text: ...";
    }

    private static String sortedNames(Collection<Object> names) {
        return names == null ? "" : names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        String field = "";
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field = join(field, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field = join(field, "[" + reference.getIndex() + "]");
            }
        }
        return field;
    }

    /** Bean Validation's path, written the way authors see their YAML: {@code choices[0].text.en}. */
    private static String fieldOf(jakarta.validation.Path path) {
        String field = "";
        for (Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field = join(field, "[" + position + "]");
            }
            if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field = join(field, node.getName());
            }
        }
        return field;
    }
}
