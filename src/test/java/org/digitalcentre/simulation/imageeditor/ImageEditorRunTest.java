package org.digitalcentre.simulation.imageeditor;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.ImageEditorSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The photo editor task of the simulation fixtures: a 320 × 240 photo of a letter lying sideways on a table (the
 * letter at 90, 50, 160 × 120). Turn it right, crop to the letter, make it 100 pixels wide at most, save as a JPG of
 * 10 kB at most. Graded by replaying the events, as the server does.
 */
class ImageEditorRunTest {

    static final ImageEditorSimulation TASK = (ImageEditorSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-image-editor")
            .orElseThrow().exercise("letter-photo").orElseThrow();

    private static final SimEvent TURN_RIGHT = SimEvent.of(ImageEditorRun.ROTATE, ImageEditorRun.RIGHT);
    private static final SimEvent TURN_LEFT = SimEvent.of(ImageEditorRun.ROTATE, ImageEditorRun.LEFT);
    /** Once turned right the photo is 240 × 320 and the letter is at 70, 90, 120 × 160. */
    private static final SimEvent CROP_AROUND_THE_LETTER = new SimEvent(ImageEditorRun.CROP, "", "65,85,130,170");
    private static final SimEvent CROP_INTO_THE_LETTER = new SimEvent(ImageEditorRun.CROP, "", "80,85,115,170");
    private static final SimEvent WIDTH_90 = new SimEvent(ImageEditorRun.RESIZE, "", "90");
    private static final SimEvent JPG = new SimEvent(ImageEditorRun.FORMAT, "", ImageEditorRun.JPG);
    private static final SimEvent PNG = new SimEvent(ImageEditorRun.FORMAT, "", ImageEditorRun.PNG);
    private static final SimEvent QUALITY_60 = new SimEvent(ImageEditorRun.QUALITY, "", "60");
    private static final SimEvent SAVE = SimEvent.of(ImageEditorRun.SAVE);

    private static final List<SimEvent> RIGHT_WAY = List.of(TURN_RIGHT, CROP_AROUND_THE_LETTER, WIDTH_90, JPG,
            QUALITY_60, SAVE);

    @Test
    void the_content_gives_the_picture_and_its_size() {
        assertThat(TASK.width()).isEqualTo(320);
        assertThat(TASK.height()).isEqualTo(240);
        assertThat(TASK.picture()).isEqualTo("letter-on-table.png");
        assertThat(TASK.steps()).extracting(ImageEditorSimulation.Step::goal).containsExactly(
                ImageEditorSimulation.Goal.ROTATE, ImageEditorSimulation.Goal.CROP, ImageEditorSimulation.Goal.RESIZE,
                ImageEditorSimulation.Goal.FORMAT, ImageEditorSimulation.Goal.FILE_SIZE);
    }

    @Test
    void the_right_way_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, RIGHT_WAY);

        assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.RIGHT);
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void the_saved_file_is_the_real_encoded_picture_with_its_size() throws Exception {
        ImageEditorRun run = new ImageEditorRun(TASK);
        RIGHT_WAY.forEach(run::apply);

        BufferedImage saved = ImageIO.read(new ByteArrayInputStream(run.file()));
        assertThat(saved.getWidth()).isEqualTo(90);
        assertThat(saved.getHeight()).isEqualTo(118); // 170 × 90 / 130, the proportions kept
        assertThat(run.saved().bytes()).isEqualTo(run.file().length).isLessThanOrEqualTo(10_000);
        assertThat(run.saved().rotation()).isEqualTo(90);
        assertThat(run.pictureName()).isEqualTo("letter-on-table.jpg");
        // A png of the same picture is heavier than a jpg
        run.apply(PNG);
        assertThat(run.fileSize()).isGreaterThan(run.saved().bytes());
    }

    @Test
    void turning_left_three_times_is_the_same_as_turning_right_once() {
        List<SimEvent> events = new ArrayList<>(List.of(TURN_LEFT, TURN_LEFT, TURN_LEFT));
        events.addAll(RIGHT_WAY.subList(1, RIGHT_WAY.size()));

        assertThat(Simulations.grade(TASK, events).correct()).isTrue();
    }

    @Test
    void cropping_before_turning_is_measured_on_the_original_as_well() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(new SimEvent(ImageEditorRun.CROP, "", "85,45,170,130"),
                TURN_RIGHT, WIDTH_90, JPG, QUALITY_60, SAVE));

        assertThat(grade.correct()).isTrue();
    }

    @Test
    void cutting_into_the_letter_makes_the_crop_wrong_even_if_the_rest_is_right() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TURN_RIGHT, CROP_INTO_THE_LETTER, WIDTH_90, JPG,
                QUALITY_60, SAVE));

        assertThat(grade.steps()).containsExactly(new StepResult("upright", StepOutcome.RIGHT),
                new StepResult("only-the-letter", StepOutcome.WRONG), new StepResult("smaller", StepOutcome.RIGHT),
                new StepResult("as-jpg", StepOutcome.RIGHT), new StepResult("light", StepOutcome.RIGHT));
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isEqualTo(80);
    }

    @Test
    void making_it_too_small_to_read_is_a_wrong_move() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TURN_RIGHT, CROP_AROUND_THE_LETTER,
                new SimEvent(ImageEditorRun.RESIZE, "", "40"), JPG, SAVE));

        assertThat(grade.steps()).contains(new StepResult("smaller", StepOutcome.WRONG));
    }

    @Test
    void a_crop_that_keeps_too_much_of_the_table_is_not_done_and_a_png_is_not_a_jpg() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TURN_RIGHT,
                new SimEvent(ImageEditorRun.CROP, "", "10,10,220,300"), WIDTH_90, PNG, SAVE));

        assertThat(grade.steps()).containsExactly(new StepResult("upright", StepOutcome.RIGHT),
                new StepResult("only-the-letter", StepOutcome.NOT_DONE), new StepResult("smaller", StepOutcome.RIGHT),
                new StepResult("as-jpg", StepOutcome.NOT_DONE), new StepResult("light", StepOutcome.NOT_DONE));
    }

    @Test
    void nothing_counts_before_she_saves_and_changes_after_the_save_do_not_count() {
        assertThat(Simulations.grade(TASK, RIGHT_WAY.subList(0, RIGHT_WAY.size() - 1)).steps())
                .extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);

        List<SimEvent> turnedAfterSaving = new ArrayList<>(RIGHT_WAY);
        turnedAfterSaving.add(TURN_RIGHT);
        assertThat(Simulations.grade(TASK, turnedAfterSaving).correct()).isTrue();
    }

    @Test
    void stopping_half_way_leaves_the_rest_not_done() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(TURN_RIGHT, SAVE));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.RIGHT, StepOutcome.NOT_DONE);
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void an_event_the_editor_could_not_produce_refuses_the_whole_try() {
        for (SimEvent tampered : List.of(
                new SimEvent(ImageEditorRun.CROP, "", "200,85,130,170"),   // beyond the turned picture
                new SimEvent(ImageEditorRun.CROP, "", "65,85,5,170"),      // too thin
                new SimEvent(ImageEditorRun.CROP, "", "65,85,130"),
                new SimEvent(ImageEditorRun.CROP, "", "-1,85,130,170"),
                new SimEvent(ImageEditorRun.RESIZE, "", "500"),            // wider than the picture
                new SimEvent(ImageEditorRun.RESIZE, "", "ninety"),
                new SimEvent(ImageEditorRun.QUALITY, "", "5"),
                new SimEvent(ImageEditorRun.FORMAT, "", "gif"),
                SimEvent.of(ImageEditorRun.ROTATE, "up"),
                SimEvent.of("undo"))) {
            List<SimEvent> events = new ArrayList<>(List.of(TURN_RIGHT));
            events.add(tampered);
            events.addAll(RIGHT_WAY.subList(1, RIGHT_WAY.size()));
            SimulationGrade grade = Simulations.grade(TASK, events);
            assertThat(grade.steps()).as("%s", tampered).extracting(StepResult::outcome)
                    .containsOnly(StepOutcome.NOT_DONE);
            assertThat(grade.correct()).isFalse();
        }
        assertThat(new ImageEditorRun(TASK).apply(new SimEvent(ImageEditorRun.RESIZE, "", "321"))).isFalse();
    }
}
