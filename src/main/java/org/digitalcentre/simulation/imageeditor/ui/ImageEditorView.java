package org.digitalcentre.simulation.imageeditor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.imageeditor.ImageEditorRun;
import org.digitalcentre.simulation.ui.SimulationView;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A plain photo editor: the picture as it would be saved, with the part to keep drawn over it; Rotate left and right;
 * crop by the numbers (left, top, width, height: the keyboard's arrows or the fields' − and + buttons move the
 * rectangle); a new width (the height follows); the format and the JPEG quality; the picture's size and its real file
 * size; Save. The server checks every value: one the picture cannot take changes nothing and says so.
 */
public class ImageEditorView extends SimulationView {

    private final ImageEditorRun run;
    private final LocalizedText alt;
    private final Image preview = new Image();
    private final Element cropFrame = new Element("svg");
    private final Element cropShade = new Element("path");
    private final Element cropRectangle = new Element("rect");
    private final Span pictureSize = new Span();
    private final Span fileSize = new Span();
    private final IntegerField cropLeft = number("sim.image-editor.crop.left");
    private final IntegerField cropTop = number("sim.image-editor.crop.top");
    private final IntegerField cropWidth = number("sim.image-editor.crop.width");
    private final IntegerField cropHeight = number("sim.image-editor.crop.height");
    private final IntegerField newWidth = number("sim.image-editor.resize.width");
    private final RadioButtonGroup<String> format = new RadioButtonGroup<>();
    private final IntegerField quality = number("sim.image-editor.quality");
    private final Div message = new Div();
    private final Div savedInfo = new Div();

    public ImageEditorView(ImageEditorRun run, LocalizedText alt, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        this.alt = alt;
        addClassName("sim-image-editor");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.image-editor.label"));
        add(toolbar(), previewArea(), sizes(), cropTools(), resizeTools(), fileTools(), message, savedInfo);
        message.addClassName("sim-image-editor-message");
        message.getElement().setAttribute("role", "status");
        savedInfo.addClassName("sim-image-editor-saved");
        savedInfo.getElement().setAttribute("role", "status");
    }

    private Div toolbar() {
        Button left = new Button(getTranslation("sim.image-editor.rotate-left"), VaadinIcon.ROTATE_LEFT.create(),
                click -> act(SimEvent.of(ImageEditorRun.ROTATE, ImageEditorRun.LEFT)));
        left.addClassName("sim-image-editor-rotate-left");
        Button right = new Button(getTranslation("sim.image-editor.rotate-right"), VaadinIcon.ROTATE_RIGHT.create(),
                click -> act(SimEvent.of(ImageEditorRun.ROTATE, ImageEditorRun.RIGHT)));
        right.addClassName("sim-image-editor-rotate-right");
        Div toolbar = new Div(left, right);
        toolbar.addClassName("sim-image-editor-toolbar");
        return toolbar;
    }

    private Div previewArea() {
        preview.setAlt(alt.in(language));
        preview.addClassName("sim-image-editor-picture");
        // The part to keep, drawn in the picture's own pixels: a dark veil over what will be cut off.
        cropFrame.setAttribute("aria-hidden", "true");
        cropFrame.setAttribute("preserveAspectRatio", "none");
        cropFrame.setAttribute("class", "sim-image-editor-crop-frame");
        cropShade.setAttribute("class", "sim-image-editor-crop-shade");
        cropShade.setAttribute("fill-rule", "evenodd");
        cropRectangle.setAttribute("class", "sim-image-editor-crop-rectangle");
        cropFrame.appendChild(cropShade, cropRectangle);
        Div area = new Div(preview);
        area.getElement().appendChild(cropFrame);
        area.addClassName("sim-image-editor-preview");
        return area;
    }

    private Div sizes() {
        pictureSize.addClassName("sim-image-editor-picture-size");
        fileSize.addClassName("sim-image-editor-file-size");
        Div sizes = new Div(pictureSize, fileSize);
        sizes.addClassName("sim-image-editor-sizes");
        return sizes;
    }

    private Div cropTools() {
        for (IntegerField field : List.of(cropLeft, cropTop, cropWidth, cropHeight)) {
            field.addValueChangeListener(change -> drawCropFrame());
        }
        Button crop = new Button(getTranslation("sim.image-editor.crop"), VaadinIcon.CROP.create(), click -> crop());
        crop.addClassName("sim-image-editor-crop");
        return group("sim.image-editor.crop.title", "sim-image-editor-crop-tools", cropLeft, cropTop, cropWidth,
                cropHeight, crop);
    }

    private Div resizeTools() {
        newWidth.setMin(ImageEditorRun.LEAST_SIDE);
        newWidth.addValueChangeListener(change -> newWidth.setHelperText(followingHeight()));
        Button resize = new Button(getTranslation("sim.image-editor.resize"), VaadinIcon.RESIZE_H.create(),
                click -> resize());
        resize.addClassName("sim-image-editor-resize");
        return group("sim.image-editor.resize.title", "sim-image-editor-resize-tools", newWidth, resize);
    }

    private Div fileTools() {
        format.setLabel(getTranslation("sim.image-editor.format"));
        format.setItems(ImageEditorRun.JPG, ImageEditorRun.PNG);
        format.setItemLabelGenerator(f -> getTranslation("sim.image-editor.format." + f));
        format.addClassName("sim-image-editor-format");
        format.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(new SimEvent(ImageEditorRun.FORMAT, "", change.getValue()));
            }
        });
        quality.setMin(ImageEditorRun.LEAST_QUALITY);
        quality.setMax(100);
        quality.setStep(10);
        quality.setHelperText(getTranslation("sim.image-editor.quality.help"));
        quality.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(new SimEvent(ImageEditorRun.QUALITY, "", change.getValue() == null ? ""
                        : String.valueOf(change.getValue())));
            }
        });
        Button save = new Button(getTranslation("sim.image-editor.save"), VaadinIcon.DOWNLOAD.create(),
                click -> act(SimEvent.of(ImageEditorRun.SAVE)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("sim-image-editor-save");
        return group("sim.image-editor.file.title", "sim-image-editor-file-tools", format, quality, save);
    }

    private Div group(String titleKey, String className, com.vaadin.flow.component.Component... parts) {
        H3 title = new H3(getTranslation(titleKey));
        Div fields = new Div(parts);
        fields.addClassName("sim-image-editor-fields");
        Div group = new Div(title, fields);
        group.addClassName("sim-image-editor-group");
        group.addClassName(className);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation(titleKey));
        return group;
    }

    private IntegerField number(String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setStepButtonsVisible(true);
        field.setMin(0);
        field.addClassName("sim-image-editor-number");
        return field;
    }

    private void crop() {
        if (cropLeft.isEmpty() || cropTop.isEmpty() || cropWidth.isEmpty() || cropHeight.isEmpty()) {
            say(getTranslation("sim.image-editor.crop.outside", run.width(), run.height()));
            return;
        }
        if (!act(new SimEvent(ImageEditorRun.CROP, "", cropLeft.getValue() + "," + cropTop.getValue() + ","
                + cropWidth.getValue() + "," + cropHeight.getValue()))) {
            say(getTranslation("sim.image-editor.crop.outside", run.width(), run.height()));
        }
    }

    private void resize() {
        if (newWidth.isEmpty() || !act(new SimEvent(ImageEditorRun.RESIZE, "", String.valueOf(newWidth.getValue())))) {
            say(getTranslation("sim.image-editor.resize.outside", ImageEditorRun.LEAST_SIDE, run.width()));
        }
    }

    /** Does it, if the editor can; a value it cannot take is said, and the fields show the picture as it is. */
    private boolean act(SimEvent event) {
        boolean done = emit(event);
        if (!done) {
            refresh();
        }
        return done;
    }

    private void say(String text) {
        message.removeAll();
        message.add(VaadinIcon.INFO_CIRCLE.create(), new Span(text));
        message.setVisible(true);
    }

    @Override
    protected void refresh() {
        message.removeAll();
        message.setVisible(false);
        int width = run.width();
        int height = run.height();
        byte[] file = run.file();
        String name = run.pictureName();
        String type = run.format().equals(ImageEditorRun.PNG) ? "image/png" : "image/jpeg";
        preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(file),
                name, type, file.length)).inline());
        getElement().setAttribute("data-width", String.valueOf(width));
        getElement().setAttribute("data-height", String.valueOf(height));
        pictureSize.setText(getTranslation("sim.image-editor.picture-size", width, height));
        fileSize.setText(getTranslation("sim.image-editor.file-size", kiloBytes(file.length)));
        cropFrame.setAttribute("viewBox", "0 0 " + width + " " + height);
        cropLeft.setMax(width - ImageEditorRun.LEAST_SIDE);
        cropTop.setMax(height - ImageEditorRun.LEAST_SIDE);
        cropWidth.setMin(ImageEditorRun.LEAST_SIDE);
        cropWidth.setMax(width);
        cropHeight.setMin(ImageEditorRun.LEAST_SIDE);
        cropHeight.setMax(height);
        cropLeft.setValue(0);
        cropTop.setValue(0);
        cropWidth.setValue(width);
        cropHeight.setValue(height);
        drawCropFrame();
        newWidth.setMax(width);
        newWidth.setValue(width);
        newWidth.setHelperText(followingHeight());
        format.setValue(run.format());
        quality.setValue(run.quality());
        quality.setEnabled(run.format().equals(ImageEditorRun.JPG));
        ImageEditorRun.Saved saved = run.saved();
        savedInfo.removeAll();
        if (saved != null) {
            savedInfo.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("sim.image-editor.saved",
                    name.replaceFirst("\\.[a-z]+$", "." + saved.format()), saved.width(), saved.height(),
                    kiloBytes(saved.bytes()))));
        }
        savedInfo.setVisible(saved != null);
    }

    /** The rectangle of the crop fields over the picture; what is outside it is veiled. */
    private void drawCropFrame() {
        int width = run.width();
        int height = run.height();
        int left = valueOr(cropLeft, 0);
        int top = valueOr(cropTop, 0);
        int w = valueOr(cropWidth, width);
        int h = valueOr(cropHeight, height);
        cropRectangle.setAttribute("x", String.valueOf(left));
        cropRectangle.setAttribute("y", String.valueOf(top));
        cropRectangle.setAttribute("width", String.valueOf(w));
        cropRectangle.setAttribute("height", String.valueOf(h));
        cropShade.setAttribute("d", "M0 0H" + width + "V" + height + "H0Z M" + left + " " + top + "h" + w + "v" + h
                + "h" + (-w) + "Z");
    }

    private static int valueOr(IntegerField field, int otherwise) {
        return field.getValue() == null ? otherwise : field.getValue();
    }

    private String followingHeight() {
        Integer width = newWidth.getValue();
        if (width == null || width <= 0) {
            return "";
        }
        return getTranslation("sim.image-editor.resize.height",
                Math.max(1, Math.round(run.height() * (double) width / run.width())));
    }

    /** Kilobytes of 1000 bytes, as files are counted on phones and websites. */
    private static double kiloBytes(int bytes) {
        return bytes / 1000.0;
    }
}
