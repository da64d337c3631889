package org.digitalcentre.simulation.imageeditor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.digitalcentre.progress.AttemptLine;
import org.digitalcentre.simulation.SimulationKaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/**
 * The photo editor in the module player: it gets its picture and steps from the content, the server changes the
 * picture and grades the saved result step by step, a half-done try survives leaving, and her teacher sees which
 * step she failed.
 */
class ImageEditorSimulationTest extends SimulationKaribuTest {

    @BeforeEach
    void aminaOpensThePhotoTask() {
        aminaOpens("test-sim-image-editor");
    }

    @Test
    void the_editor_shows_the_picture_of_the_content_its_size_and_the_steps() {
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("scenario-card")), Markdown.class).getContent())
                .contains("You are Amina Diallo.");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-to-do")).getElement().getTextRecursively())
                .contains("Turn the sheet upright", "Keep only the sheet", "A file of 10 kB at most");
        Image picture = _get(Image.class, spec -> spec.withClasses("sim-image-editor-picture"));
        assertThat(picture.getAlt()).hasValue("A sheet of paper lying sideways on a wooden table.");
        assertThat(picture.getElement().getAttribute("src")).isNotBlank();
        assertThat(size()).isEqualTo("320 × 240");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-image-editor-picture-size")).getText())
                .isEqualTo("Size: 320 × 240 pixels");
        assertThat(_get(Span.class, spec -> spec.withClasses("sim-image-editor-file-size")).getText())
                .matches("File size: \\d+(\\.\\d)? kB");
        assertThat(field("Width kept (pixels)").getValue()).isEqualTo(320);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("JPG quality (10 to 100)")).getValue())
                .isEqualTo(90);
    }

    @Test
    void a_crop_into_the_letter_is_wrong_with_why_the_teacher_sees_it_and_starting_again_gets_it_right() {
        clickButton("Rotate right");
        assertThat(size()).isEqualTo("240 × 320");
        crop(80, 85, 115, 170); // cuts the left of the letter, at 70 once turned
        assertThat(size()).isEqualTo("115 × 170");
        resize(90);
        quality(60);
        clickButton("Save");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-image-editor-saved")).getElement()
                .getTextRecursively()).startsWith("Saved: letter-on-table.jpg, 90 × 133 pixels");

        clickButton("Check");

        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("wrong");
        assertThat(step("upright").getAttribute("data-outcome")).isEqualTo("right");
        assertThat(step("only-the-letter").getAttribute("data-outcome")).isEqualTo("wrong");
        assertThat(_get(_get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step",
                "only-the-letter")), Markdown.class).getContent()).contains("Part of the sheet is cut off.");
        long learner = amina();
        assertThat(gradedSteps()).containsExactly("upright:RIGHT", "only-the-letter:WRONG", "smaller:RIGHT", "as-jpg:RIGHT",
                "light:RIGHT");
        assertThat(learning.draftOf(learner, "test-sim-image-editor", "letter-photo")).isEmpty();

        clickButton("Start again");
        assertThat(size()).isEqualTo("320 × 240");
        assertThat(_find(Div.class, spec -> spec.withClasses("sim-steps"))).isEmpty();
        clickButton("Rotate right");
        crop(65, 85, 130, 170);
        resize(90);
        quality(60);
        clickButton("Save");
        clickButton("Check");
        assertThat(_get(Div.class, spec -> spec.withClasses("feedback")).getElement().getAttribute("data-result"))
                .isEqualTo("right");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("learner/" + learner);
        @SuppressWarnings("unchecked")
        Grid<AttemptLine> attempts = _get(Grid.class, spec -> spec.withClasses("attempts"));
        assertThat(_getFormattedRow(attempts, 1)).contains("✓ Turn the sheet upright · ✗ Keep only the sheet · "
                + "✓ Make it 100 pixels wide at most · ✓ Save as JPG · ✓ A file of 10 kB at most");
        assertThat(_getFormattedRow(attempts, 0)).contains("✓ Turn the sheet upright · ✓ Keep only the sheet · "
                + "✓ Make it 100 pixels wide at most · ✓ Save as JPG · ✓ A file of 10 kB at most");
    }

    @Test
    void a_png_is_heavier_and_the_quality_is_only_for_jpg() {
        int jpg = fileSizeInTenthsOfKb();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> format = _get(RadioButtonGroup.class, spec -> spec.withLabel("Format"));
        _setValue(format, "png");

        assertThat(fileSizeInTenthsOfKb()).isGreaterThan(jpg);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("JPG quality (10 to 100)")).isEnabled()).isFalse();
    }

    @Test
    void a_crop_beyond_the_picture_changes_nothing_and_says_why() {
        crop(300, 0, 100, 100);

        assertThat(size()).isEqualTo("320 × 240");
        assertThat(_get(Div.class, spec -> spec.withClasses("sim-image-editor-message")).getElement()
                .getTextRecursively()).contains("This frame goes beyond the photo. The photo is 320 × 240 pixels.");
        assertThat(learning.draftOf(amina(), "test-sim-image-editor", "letter-photo")).isEmpty();
    }

    @Test
    void a_half_done_try_is_there_again_when_she_comes_back() {
        clickButton("Rotate right");
        crop(65, 85, 130, 170);
        assertThat(learning.draftOf(amina(), "test-sim-image-editor", "letter-photo")).hasSize(2);

        open("home");
        open("module/test-sim-image-editor");

        assertThat(size()).isEqualTo("130 × 170");
        assertThat(field("Width kept (pixels)").getValue()).isEqualTo(130);
    }

    private static String size() {
        Div editor = _get(Div.class, spec -> spec.withClasses("sim-image-editor"));
        return editor.getElement().getAttribute("data-width") + " × " + editor.getElement().getAttribute("data-height");
    }

    private static int fileSizeInTenthsOfKb() {
        String text = _get(Span.class, spec -> spec.withClasses("sim-image-editor-file-size")).getText();
        return (int) Math.round(Double.parseDouble(text.replaceAll("[^0-9.]", "")) * 10);
    }

    private static IntegerField field(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private static com.vaadin.flow.dom.Element step(String stepId) {
        return _get(Div.class, spec -> spec.withClasses("sim-step").withAttribute("data-step", stepId)).getElement();
    }

    private static void crop(int left, int top, int width, int height) {
        _setValue(field("Margin on the left (pixels)"), left);
        _setValue(field("Margin at the top (pixels)"), top);
        _setValue(field("Width kept (pixels)"), width);
        _setValue(field("Height kept (pixels)"), height);
        _get(Button.class, spec -> spec.withClasses("sim-image-editor-crop")).click();
    }

    private static void resize(int width) {
        _setValue(field("New width (pixels)"), width);
        _get(Button.class, spec -> spec.withClasses("sim-image-editor-resize")).click();
    }

    private static void quality(int quality) {
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("JPG quality (10 to 100)")), quality);
    }
}
