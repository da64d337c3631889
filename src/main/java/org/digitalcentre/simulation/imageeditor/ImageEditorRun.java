package org.digitalcentre.simulation.imageeditor;

import org.digitalcentre.content.ImageEditorSimulation;
import org.digitalcentre.content.ImageEditorSimulation.Area;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationRun;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The photo editor on the server: it holds the picture and changes it with java.awt, as the events say. The events are
 * {@code rotate} (target: {@code left} or {@code right}, a quarter turn), {@code crop} (value: {@code left,top,width,
 * height} in the current picture's pixels), {@code resize} (value: the new width in pixels; the height follows),
 * {@code format} (value: {@code jpg} or {@code png}), {@code quality} (value: the JPEG quality from 10 to 100) and
 * {@code save}. Steps are graded on the last saved picture; cutting into the part to keep, or making the picture
 * narrower than a step's {@code least}, is a wrong move.
 */
public final class ImageEditorRun implements SimulationRun {

    public static final String ROTATE = "rotate";
    public static final String LEFT = "left";
    public static final String RIGHT = "right";
    public static final String CROP = "crop";
    public static final String RESIZE = "resize";
    public static final String FORMAT = "format";
    public static final String QUALITY = "quality";
    public static final String SAVE = "save";
    public static final String JPG = "jpg";
    public static final String PNG = "png";
    public static final int LEAST_QUALITY = 10;
    public static final int LEAST_SIDE = 10;

    /** What was saved: the picture's turn, the part of the original it shows, its size, format and file size. */
    public record Saved(int rotation, Region region, int width, int height, String format, int quality, int bytes) {
    }

    /** A part of the original picture, in its pixels (fractions, as resizing makes pixels of the original). */
    public record Region(double left, double top, double width, double height) {

        boolean contains(Area area, double tolerance) {
            return area.left() >= left - tolerance && area.top() >= top - tolerance
                    && area.left() + area.width() <= left + width + tolerance
                    && area.top() + area.height() <= top + height + tolerance;
        }
    }

    private final ImageEditorSimulation task;
    private BufferedImage picture;
    /** The turn so far, clockwise: 0, 90, 180 or 270. */
    private int rotation;
    private Region region;
    private String format = JPG;
    private int quality = 90;
    private Saved saved;
    private byte[] encoded;
    private final Set<String> wrong = new HashSet<>();

    public ImageEditorRun(ImageEditorSimulation task) {
        this.task = task;
        this.picture = original(task);
        this.region = new Region(0, 0, picture.getWidth(), picture.getHeight());
    }

    /**
     * The author's picture. A past version's picture may be gone from the content folder: its results are still
     * described, on a plain picture of the same size.
     */
    private static BufferedImage original(ImageEditorSimulation task) {
        BufferedImage read = null;
        try {
            read = ImageIO.read(new File(task.pictureFile()));
        } catch (IOException e) {
            // described below on a plain picture
        }
        BufferedImage rgb = new BufferedImage(read == null ? task.width() : read.getWidth(),
                read == null ? task.height() : read.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        if (read != null) {
            g.drawImage(read, 0, 0, null);
        }
        g.dispose();
        return rgb;
    }

    @Override
    public boolean apply(SimEvent event) {
        switch (event.action()) {
            case ROTATE -> {
                if (!event.target().equals(LEFT) && !event.target().equals(RIGHT)) {
                    return false;
                }
                boolean right = event.target().equals(RIGHT);
                picture = rotated(picture, right);
                rotation = (rotation + (right ? 90 : 270)) % 360;
            }
            case CROP -> {
                int[] r = numbers(event.value(), 4);
                if (r == null || r[0] < 0 || r[1] < 0 || r[2] < LEAST_SIDE || r[3] < LEAST_SIDE
                        || r[0] + r[2] > picture.getWidth() || r[1] + r[3] > picture.getHeight()) {
                    return false;
                }
                region = regionOf(r[0], r[1], r[2], r[3]);
                picture = copy(picture.getSubimage(r[0], r[1], r[2], r[3]));
                for (ImageEditorSimulation.Step step : task.steps()) {
                    if (step.goal() == ImageEditorSimulation.Goal.CROP && !region.contains(step.keep(), tolerance())) {
                        wrong.add(step.id());
                    }
                }
            }
            case RESIZE -> {
                int[] w = numbers(event.value(), 1);
                if (w == null || w[0] < LEAST_SIDE || w[0] > picture.getWidth()) {
                    return false;
                }
                int height = Math.max(1, (int) Math.round(picture.getHeight() * (double) w[0] / picture.getWidth()));
                picture = resized(picture, w[0], height);
                for (ImageEditorSimulation.Step step : task.steps()) {
                    if (step.goal() == ImageEditorSimulation.Goal.RESIZE && step.least() != null
                            && w[0] < step.least()) {
                        wrong.add(step.id());
                    }
                }
            }
            case FORMAT -> {
                if (!event.value().equals(JPG) && !event.value().equals(PNG)) {
                    return false;
                }
                format = event.value();
            }
            case QUALITY -> {
                int[] q = numbers(event.value(), 1);
                if (q == null || q[0] < LEAST_QUALITY || q[0] > 100) {
                    return false;
                }
                quality = q[0];
            }
            case SAVE -> saved = new Saved(rotation, region, picture.getWidth(), picture.getHeight(), format, quality,
                    fileSize());
            default -> {
                return false;
            }
        }
        if (!event.action().equals(SAVE)) {
            encoded = null;
        }
        return true;
    }

    /** The crop, from the current picture's pixels back to the original's: undo the resize, then the turn. */
    private Region regionOf(int left, int top, int width, int height) {
        boolean quarter = rotation == 90 || rotation == 270;
        double turnedWidth = quarter ? region.height() : region.width();
        double scale = turnedWidth / picture.getWidth();
        double u0 = left * scale;
        double v0 = top * scale;
        double u1 = (left + width) * scale;
        double v1 = (top + height) * scale;
        double w = region.width();
        double h = region.height();
        double[] a = unturned(u0, v0, w, h);
        double[] b = unturned(u1, v1, w, h);
        return new Region(region.left() + Math.min(a[0], b[0]), region.top() + Math.min(a[1], b[1]),
                Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    /** A point of the turned picture, in the unturned region of size {@code w} × {@code h}. */
    private double[] unturned(double u, double v, double w, double h) {
        return switch (rotation) {
            case 90 -> new double[] {v, h - u};
            case 180 -> new double[] {w - u, h - v};
            case 270 -> new double[] {w - v, u};
            default -> new double[] {u, v};
        };
    }

    /** How far off, in the original's pixels, a crop may be and still count: one pixel of the current picture. */
    private double tolerance() {
        boolean quarter = rotation == 90 || rotation == 270;
        return Math.max(1, (quarter ? region.height() : region.width()) / picture.getWidth());
    }

    private static int[] numbers(String value, int count) {
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            return null;
        }
        int[] numbers = new int[count];
        try {
            for (int i = 0; i < count; i++) {
                numbers[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return numbers;
    }

    private static BufferedImage rotated(BufferedImage from, boolean right) {
        int w = from.getWidth();
        int h = from.getHeight();
        BufferedImage to = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (right) {
                    to.setRGB(h - 1 - y, x, from.getRGB(x, y));
                } else {
                    to.setRGB(y, w - 1 - x, from.getRGB(x, y));
                }
            }
        }
        return to;
    }

    private static BufferedImage resized(BufferedImage from, int width, int height) {
        BufferedImage to = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(from, 0, 0, width, height, null);
        g.dispose();
        return to;
    }

    private static BufferedImage copy(BufferedImage part) {
        BufferedImage to = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        g.drawImage(part, 0, 0, null);
        g.dispose();
        return to;
    }

    @Override
    public List<StepResult> steps() {
        return task.steps().stream().map(step -> new StepResult(step.id(), wrong.contains(step.id())
                ? StepOutcome.WRONG : saved != null && met(step) ? StepOutcome.RIGHT : StepOutcome.NOT_DONE)).toList();
    }

    private boolean met(ImageEditorSimulation.Step step) {
        return switch (step.goal()) {
            case ROTATE -> saved.rotation() == step.degrees() % 360;
            case CROP -> saved.region().contains(step.keep(), 1)
                    && saved.region().width() * saved.region().height()
                    <= task.width() * (double) task.height() * step.most() / 100.0;
            case RESIZE -> saved.width() <= step.most() && (step.least() == null || saved.width() >= step.least());
            case FORMAT -> saved.format().equals(step.format());
            case FILE_SIZE -> saved.bytes() <= step.most() * 1000;
        };
    }

    // --- What the view shows ---

    /** The picture as it would be saved now, encoded in the chosen format and quality: its real file. */
    public byte[] file() {
        if (encoded == null) {
            encoded = encode(picture, format, quality);
        }
        return encoded.clone();
    }

    /** The file's size in bytes, as it would be saved now. */
    public int fileSize() {
        if (encoded == null) {
            encoded = encode(picture, format, quality);
        }
        return encoded.length;
    }

    public int width() {
        return picture.getWidth();
    }

    public int height() {
        return picture.getHeight();
    }

    public String format() {
        return format;
    }

    public int quality() {
        return quality;
    }

    /** The last save, or null before she saves. */
    public Saved saved() {
        return saved;
    }

    public String pictureName() {
        String name = task.picture();
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return (dot > slash ? name.substring(slash + 1, dot) : name.substring(slash + 1)) + "." + format;
    }

    static byte[] encode(BufferedImage picture, String format, int quality) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (format.equals(PNG)) {
                ImageIO.write(picture, "png", bytes);
                return bytes.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
