package org.digitalcentre.content;

import java.util.List;
import java.util.Optional;

/**
 * A simple photo editor on a picture of the module: rotate, crop, resize, choose the format and the quality, see the
 * file's size, save. Each step is a goal on the saved picture. {@code pictureFile} is the picture's place on the
 * server, written out (not a {@code Path}) so that the exercise is kept as JSON like any other; {@code width} and
 * {@code height} are the picture's size in pixels as the author gave it.
 */
public record ImageEditorSimulation(String id, LocalizedText prompt, LocalizedText scenario, String picture,
                                    String pictureFile, int width, int height, LocalizedText alt, List<Step> steps,
                                    Feedback feedback, LocalizedText hint) implements Simulation {

    public ImageEditorSimulation {
        steps = List.copyOf(steps);
    }

    /** A rectangle of the picture, in its pixels as the author gave it (before any rotation). */
    public record Area(int left, int top, int width, int height) {
    }

    /** What a step asks of the saved picture. */
    public enum Goal {
        /** Turned upright: the total turn, clockwise, is {@code degrees}. */
        ROTATE("rotate"),
        /** Cut to {@code keep}: all of it inside, and at most {@code most} % of the picture's area. */
        CROP("crop"),
        /** Made narrower: at most {@code most} pixels wide; narrower than {@code least} is a wrong move. */
        RESIZE("resize"),
        /** Saved as {@code format}. */
        FORMAT("format"),
        /** A file of at most {@code most} kB (1 kB = 1000 bytes). */
        FILE_SIZE("file-size");

        private final String written;

        Goal(String written) {
            this.written = written;
        }

        /** As authors write it in module.yaml. */
        public String written() {
            return written;
        }

        public static Optional<Goal> fromWritten(String written) {
            return Written.find(values(), Goal::written, written);
        }
    }

    /** The fields a goal does not use are null. */
    public record Step(String id, LocalizedText label, Goal goal, Integer degrees, Area keep, Integer most,
                       Integer least, String format, LocalizedText wrong) implements SimulationStep {
    }
}
