package org.digitalcentre.content;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples in content/README.md are what authors copy, so they must load: the step examples together make one
 * module with every kind of step, the first-module walkthrough loads and shows the mistake the guide says it shows,
 * and every field the app reads is named in the guide.
 */
class GuideExamplesTest {

    private static final String PICTURE = """
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
            """;

    private static List<String> guide;

    @TempDir
    Path content;

    @BeforeAll
    static void readTheGuide() throws IOException {
        // Surefire runs in the Maven basedir and also passes it as "basedir"; either way content/ is beside pom.xml.
        Path projectFolder = Path.of(System.getProperty("basedir", "."));
        guide = Files.readAllLines(projectFolder.resolve("content/README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_step_examples_make_a_module_with_every_kind_of_step() {
        String header = moduleYamlExampleWithoutItsSteps();
        String id = fieldIn(header, "id");
        StringBuilder steps = new StringBuilder("steps:\n");
        stepExamples().forEach(example -> steps.append(example).append('\n'));
        write("topics.yaml", yamlAfter("## topics.yaml"));
        writeModule(id, header + steps);

        Catalogue catalogue = new ContentLoader().load(content);

        assertThat(catalogue.problems()).as("mistakes in the guide's examples").isEmpty();
        assertThat(catalogue.warnings()).as("the guide's examples follow its own advice on readability").isEmpty();
        Module module = catalogue.module(id).orElseThrow();
        assertThat(module.steps()).hasSize(stepExamples().size());
        assertThat(module.steps()).hasAtLeastOneElementOfType(TextStep.class).hasAtLeastOneElementOfType(ImageStep.class);
        assertThat(module.exercises()).extracting(Object::getClass).contains(SingleChoiceExercise.class,
                MultipleChoiceExercise.class, TrueFalseExercise.class, FillBlanksExercise.class, OrderExercise.class,
                MatchExercise.class);
    }

    @Test
    void every_step_type_has_an_example_in_the_guide() {
        Set<String> types = new LinkedHashSet<>();
        for (String example : stepExamples()) {
            Matcher type = Pattern.compile("(?m)^\\s+type:\\s*(\\S+)").matcher(example);
            assertThat(type.find()).as("a type in the example%n%s", example).isTrue();
            types.add(type.group(1));
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(ModuleFile.STEP_TYPES);
    }

    @Test
    void the_module_yaml_example_shows_every_field_of_a_module() {
        Set<String> shown = new LinkedHashSet<>();
        Matcher field = Pattern.compile("(?m)^(\\w+):").matcher(yamlAfter("## module.yaml"));
        while (field.find()) {
            shown.add(field.group(1));
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ModuleFile.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    @Test
    void every_field_the_app_reads_is_named_in_the_guide() {
        String text = String.join("\n", guide);
        List<Class<?>> shapes = new ArrayList<>(List.of(ModuleFile.class, TopicsFile.Entry.class,
                LocalizedTextEntry.class));
        Stream.of(ModuleFile.class.getDeclaredClasses()).filter(Class::isRecord).forEach(shapes::add);
        for (Class<?> shape : shapes) {
            for (RecordComponent component : shape.getRecordComponents()) {
                if (isAnySetter(shape, component)) {
                    continue; // the optional languages, checked below
                }
                assertThat(text).as("the field %s of %s", component.getName(), shape.getSimpleName())
                        .contains("`" + component.getName() + "`");
            }
        }
        for (String language : ContentLanguages.OPTIONAL) {
            assertThat(text).as("the optional language %s", language).contains("`" + language + ":`")
                    .contains("`." + language + ".md`");
        }
    }

    private static boolean isAnySetter(Class<?> shape, RecordComponent component) {
        try {
            return shape.getDeclaredField(component.getName()).isAnnotationPresent(JsonAnySetter.class);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_first_module_walkthrough_loads_and_shows_the_mistake_the_guide_shows() {
        String yaml = yamlAfter("## Your first module");
        String id = fieldIn(yaml, "id");
        write("topics.yaml", yamlAfter("## topics.yaml"));
        writeModule(id, yaml);

        Catalogue catalogue = new ContentLoader().load(content);

        assertThat(catalogue.problems()).as("mistakes in the walkthrough").isEmpty();
        assertThat(catalogue.warnings()).as("warnings in the walkthrough").isEmpty();
        assertThat(catalogue.module(id)).isPresent();

        String english = "  en: \"See the page bigger\"\n";
        assertThat(yaml).contains(english);
        write("modules/" + id + "/module.yaml", yaml.replace(english, ""));
        Catalogue broken = new ContentLoader().load(content);

        assertThat(broken.module(id)).isEmpty();
        assertThat(broken.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("modules/" + id + "/module.yaml");
            assertThat(problem.field()).isEqualTo("title.en");
            assertThat(guide).anySatisfy(line -> assertThat(line).contains(problem.file()).contains(problem.field())
                    .contains(problem.message()));
        });
    }

    /** The text and picture examples, then the example under each exercise heading ("#### ") of "### Exercises". */
    private static List<String> stepExamples() {
        List<String> examples = new ArrayList<>(List.of(yamlAfter("### Text"), yamlAfter("### Picture")));
        int start = headingLine("### Exercises");
        for (int i = start + 1; i < guide.size() && !guide.get(i).startsWith("## "); i++) {
            if (guide.get(i).startsWith("#### ")) {
                examples.add(yamlAfter(guide.get(i)));
            }
        }
        assertThat(examples).as("examples of steps").hasSizeGreaterThanOrEqualTo(8);
        return examples;
    }

    /** The module.yaml example up to its "steps:" line, whose "- ..." only stands for the steps. */
    private static String moduleYamlExampleWithoutItsSteps() {
        String example = yamlAfter("## module.yaml");
        int steps = example.indexOf("\nsteps:");
        assertThat(steps).as("a steps: line in the module.yaml example").isPositive();
        return example.substring(0, steps + 1);
    }

    /** The first ```yaml block after the heading that starts with {@code heading}, before the next heading. */
    private static String yamlAfter(String heading) {
        return blockAfter(headingLine(heading), "```yaml", heading);
    }

    private static String blockAfter(int line, String fence, String what) {
        int i = line + 1;
        while (i < guide.size() && !guide.get(i).equals(fence)) {
            assertThat(guide.get(i)).as("a %s block after %s", fence, what).doesNotStartWith("#");
            i++;
        }
        assertThat(i).as("a %s block after %s", fence, what).isLessThan(guide.size());
        StringBuilder block = new StringBuilder();
        for (i++; i < guide.size() && !guide.get(i).equals("```"); i++) {
            block.append(guide.get(i)).append('\n');
        }
        return block.toString();
    }

    private static int headingLine(String heading) {
        for (int i = 0; i < guide.size(); i++) {
            if (guide.get(i).startsWith(heading)) {
                return i;
            }
        }
        throw new AssertionError("content/README.md has no heading " + heading);
    }

    private static String fieldIn(String yaml, String field) {
        Matcher value = Pattern.compile("(?m)^" + field + ":\\s*(\\S+)").matcher(yaml);
        assertThat(value.find()).as("%s: in%n%s", field, yaml).isTrue();
        return value.group(1);
    }

    /**
     * Writes module.yaml and the files its steps name: a text file's French and English Markdown (the guide's own,
     * when it shows them under a line like {@code `zoom.fr.md`:}), and a small picture.
     */
    private void writeModule(String id, String yaml) {
        String folder = "modules/" + id + "/";
        write(folder + "module.yaml", yaml);
        Matcher file = Pattern.compile("(?m)^\\s+file:\\s*(\\S+)").matcher(yaml);
        while (file.find()) {
            for (String language : ContentLanguages.REQUIRED) {
                String name = file.group(1) + "." + language + ".md";
                write(folder + name, markdownInGuide(name).orElse(ContentLanguages.FRENCH.equals(language)
                        ? "Un texte court.\n" : "A short text.\n"));
            }
        }
        Matcher image = Pattern.compile("(?m)^\\s+image:\\s*(\\S+)").matcher(yaml);
        while (image.find()) {
            write(folder + image.group(1), PICTURE);
        }
        Matcher photo = Pattern.compile("(?m)^\\s+picture:\\s*(\\S+)").matcher(yaml);
        while (photo.find()) {
            writePhoto(folder + photo.group(1));
        }
    }

    private static Optional<String> markdownInGuide(String fileName) {
        int line = guide.indexOf("`" + fileName + "`:");
        return line < 0 ? Optional.empty() : Optional.of(blockAfter(line, "```", fileName));
    }

    private void write(String relativePath, String text) {
        try {
            Path file = content.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image editor's picture: a real png or jpg, large enough for the guide's crop. */
    private void writePhoto(String relativePath) {
        try {
            Path file = content.resolve(relativePath);
            Files.createDirectories(file.getParent());
            java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(1200, 900,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(photo, relativePath.endsWith(".png") ? "png" : "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
