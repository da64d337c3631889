package org.digitalcentre.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image editor's own checks, as ContentValidationTest does for the others: one test per mistake, each leaving the
 * module out with a problem that names the file and the field.
 */
class ImageEditorContentTest {

    private static final String MODULE_YAML = "modules/photo/module.yaml";

    /** A valid image editor on a 400 × 300 picture; each test breaks one thing. */
    private static final String MODULE = """
            id: photo
            topic: images
            level: 1
            competences: ["3.1"]
            minutes: 10
            title: { fr: Titre, en: Title }
            summary: { fr: Résumé, en: Summary }
            steps:
              - id: edit
                type: image-editor-simulation
                prompt: { fr: Préparez la photo., en: Prepare the photo. }
                picture: photo.png
                alt: { fr: Une feuille., en: A sheet. }
                steps:
                  - id: upright
                    label: { fr: Tournez, en: Turn }
                    goal: rotate
                    degrees: 90
                    wrong: { fr: Non., en: No. }
                  - id: crop
                    label: { fr: Recadrez, en: Crop }
                    goal: crop
                    keep: { left: 100, top: 50, width: 200, height: 150 }
                    most: 50
                    wrong: { fr: Non., en: No. }
                  - id: smaller
                    label: { fr: Réduisez, en: Resize }
                    goal: resize
                    most: 200
                    least: 100
                    wrong: { fr: Non., en: No. }
                  - id: jpg
                    label: { fr: En JPG, en: As JPG }
                    goal: format
                    format: jpg
                    wrong: { fr: Non., en: No. }
                  - id: light
                    label: { fr: Léger, en: Light }
                    goal: file-size
                    most: 20
                    wrong: { fr: Non., en: No. }
                feedback:
                  right: { fr: Oui., en: Right. }
                  wrong: { fr: Non., en: Wrong. }
            """;

    @TempDir
    Path content;

    private final ContentLoader loader = new ContentLoader();

    @BeforeEach
    void writeTopicsAndPicture() throws IOException {
        write("topics.yaml", """
                topics:
                  - id: images
                    icon: picture
                    title: { fr: Images, en: Pictures }
                """);
        Files.createDirectories(content.resolve("modules/photo"));
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("modules/photo/photo.png").toFile());
    }

    @Test
    void the_valid_editor_is_read_with_its_picture_size() {
        write(MODULE_YAML, MODULE);

        Catalogue catalogue = loader.load(content);
        assertThat(catalogue.problems()).isEmpty();
        ImageEditorSimulation editor = (ImageEditorSimulation) catalogue.modules().get(0).exercise("edit").orElseThrow();
        assertThat(editor.width()).isEqualTo(400);
        assertThat(editor.height()).isEqualTo(300);
        assertThat(editor.steps().get(1).keep()).isEqualTo(new ImageEditorSimulation.Area(100, 50, 200, 150));
    }

    @Test
    void a_picture_that_is_not_png_or_jpg_is_refused() {
        write("modules/photo/photo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write(MODULE_YAML, MODULE.replace("picture: photo.png", "picture: photo.svg"));

        assertLeftOut("steps[0].picture", "'photo.svg' cannot be edited: use a png or jpg file");
    }

    @Test
    void a_missing_picture_is_named() {
        write(MODULE_YAML, MODULE.replace("picture: photo.png", "picture: fotp.png"));

        assertLeftOut("steps[0].picture", "the file fotp.png does not exist");
    }

    @Test
    void a_file_that_is_not_really_a_picture_is_named() {
        write("modules/photo/broken.jpg", "not a picture");
        write(MODULE_YAML, MODULE.replace("picture: photo.png", "picture: broken.jpg"));

        assertLeftOut("steps[0].picture", "cannot be read as a picture");
    }

    @Test
    void a_picture_without_alt_is_refused() {
        write(MODULE_YAML, MODULE.replace("    alt: { fr: Une feuille., en: A sheet. }\n", ""));

        assertLeftOut("steps[0].alt", "alt");
    }

    @Test
    void an_unknown_goal_is_refused() {
        write(MODULE_YAML, MODULE.replace("goal: format", "goal: colour"));

        assertLeftOut("steps[0].steps[3].goal", "the goal must be rotate, crop, resize, format or file-size");
    }

    @Test
    void a_turn_that_is_not_a_quarter_is_refused() {
        write(MODULE_YAML, MODULE.replace("degrees: 90", "degrees: 45"));

        assertLeftOut("steps[0].steps[0].degrees", "write degrees: 90, 180 or 270");
    }

    @Test
    void a_crop_without_the_part_to_keep_is_refused() {
        write(MODULE_YAML, MODULE.replace("        keep: { left: 100, top: 50, width: 200, height: 150 }\n", ""));

        assertLeftOut("steps[0].steps[1].keep", "write keep:");
    }

    @Test
    void a_part_to_keep_beyond_the_picture_is_refused() {
        write(MODULE_YAML, MODULE.replace("width: 200, height: 150", "width: 400, height: 150"));

        assertLeftOut("steps[0].steps[1].keep", "goes beyond the picture, which is 400 × 300 pixels");
    }

    @Test
    void a_crop_share_above_100_is_refused() {
        write(MODULE_YAML, MODULE.replace("most: 50", "most: 150"));

        assertLeftOut("steps[0].steps[1].most", "in % (from 1 to 100)");
    }

    @Test
    void a_resize_whose_least_is_above_its_most_is_refused() {
        write(MODULE_YAML, MODULE.replace("least: 100", "least: 300"));

        assertLeftOut("steps[0].steps[2].least", "least (300) is more than most (200)");
    }

    @Test
    void a_file_size_without_most_is_refused() {
        write(MODULE_YAML, MODULE.replace("        most: 20\n", ""));

        assertLeftOut("steps[0].steps[4].most", "the largest file size allowed, in kB");
    }

    @Test
    void a_format_other_than_jpg_or_png_is_refused() {
        write(MODULE_YAML, MODULE.replace("format: jpg", "format: gif"));

        assertLeftOut("steps[0].steps[3].format", "the format must be jpg or png");
    }

    private void assertLeftOut(String field, String messagePart) {
        new ContentFolder(content).assertLeftOut(MODULE_YAML, field, messagePart);
    }

    private void write(String relativePath, String text) {
        new ContentFolder(content).write(relativePath, text);
    }
}
