package org.digitalcentre.simulation.wordprocessor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.digitalcentre.content.WordProcessorSimulation.Block;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.ui.SimulationView;
import org.digitalcentre.simulation.wordprocessor.WordProcessorRun;

import java.util.List;

/**
 * A plain copy of a word processor: a bar of tools (Bold, Large text, Heading, Bullet list, Normal paragraph), the page
 * she types in, and Save as, which asks for the file name. The page is a small browser-side element
 * ({@code dc-word-editor}) because only the browser can type and select; it sends the whole document a moment after
 * each change, and the server keeps it only if it is a document the editor could have sent.
 */
@JavaScript("context://components/dc-word-editor.js")
public class WordProcessorView extends SimulationView {

    static final String CHANGE = "dc-document-change";
    private static final List<String> TOOLS = List.of("bold", "large", "heading", "bullet", "normal");
    private static final List<VaadinIcon> ICONS = List.of(VaadinIcon.BOLD, VaadinIcon.TEXT_HEIGHT, VaadinIcon.HEADER,
            VaadinIcon.LIST_UL, VaadinIcon.PARAGRAPH);

    private final WordProcessorRun run;
    private final Element editor = new Element("dc-word-editor");
    private final Span fileName = new Span();
    private final Div message = new Div();
    /** The document the page shows, as far as the server knows: only a different one is sent to it again. */
    private List<Block> shown;
    private int revision;

    public WordProcessorView(WordProcessorRun run, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        addClassName("sim-word-processor");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.word-processor.label"));

        Div tools = new Div();
        tools.addClassName("sim-word-processor-tools");
        tools.getElement().setAttribute("role", "group");
        tools.getElement().setAttribute("aria-label", getTranslation("sim.word-processor.tools"));
        for (int i = 0; i < TOOLS.size(); i++) {
            String tool = TOOLS.get(i);
            Button button = new Button(getTranslation("sim.word-processor." + tool), ICONS.get(i).create());
            button.addClassName("sim-word-processor-tool");
            button.getElement().setAttribute("data-tool", tool);
            if (!tool.equals("normal")) {
                button.getElement().setAttribute("aria-pressed", "false");
            }
            tools.add(button);
        }
        Button saveAs = new Button(getTranslation("sim.word-processor.save-as"), VaadinIcon.DOWNLOAD.create(),
                click -> askForName());
        saveAs.addClassName("sim-word-processor-save-as");
        tools.add(saveAs);

        fileName.addClassName("sim-word-processor-file");
        Span pageLabel = new Span(getTranslation("sim.word-processor.page"));
        pageLabel.addClassName("sim-word-processor-page-label");
        pageLabel.setId("sim-word-processor-page-label");
        Span help = new Span(getTranslation("sim.word-processor.help"));
        help.addClassName("sim-word-processor-help");
        Div top = new Div(pageLabel, help);
        top.addClassName("sim-word-processor-top");

        shown = run.document();
        editor.setAttribute("document", WordProcessorRun.toJson(shown));
        editor.setAttribute("labelledby", "sim-word-processor-page-label");
        editor.setAttribute("class", "sim-word-processor-editor");
        editor.addEventListener(CHANGE, event -> documentChanged(event.getEventData().getString("event.detail.document")))
                .addEventData("event.detail.document");
        Div sheet = new Div();
        sheet.addClassName("sim-word-processor-sheet");
        sheet.getElement().appendChild(editor);

        message.addClassName("sim-word-processor-message");
        message.getElement().setAttribute("role", "status");
        fileName.getElement().setAttribute("role", "status");
        add(tools, top, sheet, fileName, message);
    }

    private void documentChanged(String json) {
        if (json != null && emit(new SimEvent(WordProcessorRun.DOCUMENT, "", json))) {
            shown = run.document();
            message.setText("");
        } else {
            // Not kept (too long, or more than a try can store): the page shows again what the server has.
            editor.setAttribute("document", WordProcessorRun.toJson(run.document()));
            editor.setAttribute("revision", String.valueOf(++revision));
            shown = run.document();
            message.setText(getTranslation(run.full() || events().size() >= Simulations.MAX_EVENTS
                    ? "sim.word-processor.full" : "sim.word-processor.refused"));
        }
    }

    private void askForName() {
        Dialog dialog = new Dialog();
        dialog.addClassName("sim-word-processor-dialog");
        dialog.setHeaderTitle(getTranslation("sim.word-processor.save-as"));
        TextField name = new TextField(getTranslation("sim.word-processor.file-name"));
        name.setValue(run.savedAs().orElse(""));
        name.setMaxLength(WordProcessorRun.MAX_NAME);
        name.setWidthFull();
        name.addClassName("sim-word-processor-name");
        Button save = new Button(getTranslation("sim.word-processor.save"), VaadinIcon.CHECK.create(), click -> {
            if (name.getValue().isBlank() || !emit(new SimEvent(WordProcessorRun.SAVE, "", name.getValue().strip()))) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("sim.word-processor.name-wrong"));
                return;
            }
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("sim.word-processor.cancel"), click -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                remove(dialog);
            }
        });
        dialog.open();
        name.focus();
    }

    @Override
    protected void refresh() {
        if (!run.document().equals(shown)) {
            shown = run.document();
            editor.setAttribute("document", WordProcessorRun.toJson(shown));
        }
        fileName.setText(run.savedAs()
                .map(saved -> getTranslation(run.changedSinceSave() ? "sim.word-processor.changed"
                        : "sim.word-processor.saved", saved))
                .orElse(getTranslation("sim.word-processor.unsaved")));
        getElement().setAttribute("data-saved-as", run.savedAs().orElse(""));
    }
}
