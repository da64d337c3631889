package org.digitalcentre.simulation.mailbox.ui;

import org.digitalcentre.base.ui.LeftToRight;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.MailboxSimulation.Goal;
import org.digitalcentre.content.MailboxSimulation.Kind;
import org.digitalcentre.content.MailboxSimulation.Message;
import org.digitalcentre.content.MailboxSimulation.Part;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.mailbox.MailboxRun;
import org.digitalcentre.simulation.mailbox.MailboxRun.Draft;
import org.digitalcentre.simulation.ui.SimulationView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain copy of a mailbox: the folders (Inbox for e-mails, Texts for text messages), the list of the folder's
 * messages, and the open message, with Safe and Scam, its parts to tap as clues, Reply and Forward; or the message she
 * is writing, with To, Subject, Message, a file picker and Send. What stays on screen is updated in place, so that the
 * keyboard focus stays where she is.
 */
public class MailboxView extends SimulationView {

    private final MailboxRun run;
    private final Button write;
    private final Button inbox;
    private final Button texts;
    private final Div list = new Div();
    private final Div pane = new Div();
    private final Div status = new Div();
    private final Map<String, Span> sortBadges = new HashMap<>();
    private final Map<String, Button> listButtons = new HashMap<>();
    private final Map<String, Button> partButtons = new HashMap<>();
    private final Map<String, Button> sortButtons = new HashMap<>();
    private String drawnFolder;
    /** What the pane shows: a message id, "" for none, or "writing". */
    private String drawnPane;
    private Div attachments;
    private TextField to;
    private TextField subject;
    private TextArea message;

    public MailboxView(MailboxRun run, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        addClassName("sim-mailbox");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.mailbox.label"));

        write = new Button(getTranslation("sim.mailbox.write"), VaadinIcon.EDIT.create(),
                click -> emit(SimEvent.of(MailboxRun.WRITE)));
        write.addClassName("sim-mailbox-write");
        inbox = folderButton(MailboxRun.INBOX, "sim.mailbox.inbox", VaadinIcon.ENVELOPE);
        texts = folderButton(MailboxRun.TEXTS, "sim.mailbox.texts", VaadinIcon.COMMENT);
        // Only folders with messages: an empty "Texts" folder looked broken.
        inbox.setVisible(run.folders().contains(MailboxRun.INBOX));
        texts.setVisible(run.folders().contains(MailboxRun.TEXTS));
        Div folders = new Div(write, inbox, texts);
        folders.addClassName("sim-mailbox-folders");
        folders.getElement().setAttribute("role", "group");
        folders.getElement().setAttribute("aria-label", getTranslation("sim.mailbox.folders"));
        list.addClassName("sim-mailbox-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("sim.mailbox.messages"));
        pane.addClassName("sim-mailbox-pane");
        status.addClassName("sim-mailbox-status");
        status.getElement().setAttribute("role", "status");
        Div body = new Div(folders, list, pane);
        body.addClassName("sim-mailbox-body");
        add(body, status);
    }

    private Button folderButton(String folder, String key, VaadinIcon icon) {
        Button button = new Button(getTranslation(key), icon.create(),
                click -> emit(SimEvent.of(MailboxRun.FOLDER, folder)));
        button.addClassName("sim-mailbox-folder");
        button.getElement().setAttribute("data-folder", folder);
        return button;
    }

    @Override
    protected void refresh() {
        boolean writing = run.draft().isPresent();
        write.setEnabled(!writing);
        inbox.setEnabled(!writing);
        texts.setEnabled(!writing);
        inbox.getElement().setAttribute("aria-pressed", String.valueOf(run.folder().equals(MailboxRun.INBOX)));
        texts.getElement().setAttribute("aria-pressed", String.valueOf(run.folder().equals(MailboxRun.TEXTS)));
        drawList(writing);
        drawPane();
        drawStatus();
    }

    // --- The list of the folder's messages ---

    private void drawList(boolean writing) {
        if (!run.folder().equals(drawnFolder)) {
            drawnFolder = run.folder();
            list.removeAll();
            listButtons.clear();
            sortBadges.clear();
            list.getElement().setAttribute("data-folder", run.folder());
            for (Message m : run.inFolder()) {
                Button open = new Button(m.from() + " — " + preview(m),
                        click -> emit(SimEvent.of(MailboxRun.OPEN, m.id())));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.addClassName("sim-mailbox-item");
                open.getElement().setAttribute("data-message", m.id());
                Span badge = new Span();
                badge.addClassName("sim-mailbox-sorted");
                Div item = new Div(open, badge);
                item.addClassName("sim-mailbox-list-item");
                item.getElement().setAttribute("role", "listitem");
                listButtons.put(m.id(), open);
                sortBadges.put(m.id(), badge);
                list.add(item);
            }
        }
        String open = run.openMessage().map(Message::id).orElse("");
        listButtons.forEach((id, button) -> {
            button.setEnabled(!writing);
            button.getElement().setAttribute("aria-pressed", String.valueOf(id.equals(open)));
        });
        sortBadges.forEach((id, badge) -> {
            Optional<String> sorted = run.sortOf(id);
            badge.setText(sorted.map(s -> getTranslation("sim.mailbox.sorted." + s)).orElse(""));
            badge.setVisible(sorted.isPresent());
            badge.getElement().setAttribute("data-sort", sorted.orElse(""));
        });
    }

    private String preview(Message m) {
        String text = m.subject() != null ? m.subject().in(language) : m.body().in(language);
        return text.length() > 50 ? text.substring(0, 49) + "…" : text;
    }

    // --- The pane: the open message, or the one she is writing ---

    private void drawPane() {
        Optional<Draft> draft = run.draft();
        String now = draft.isPresent() ? "writing" : run.openMessage().map(Message::id).orElse("");
        if (!now.equals(drawnPane)) {
            drawnPane = now;
            pane.removeAll();
            partButtons.clear();
            sortButtons.clear();
            if (draft.isPresent()) {
                pane.add(compose(draft.get()));
            } else if (run.openMessage().isPresent()) {
                pane.add(reading(run.openMessage().get()));
            } else {
                pane.add(new Paragraph(getTranslation("sim.mailbox.choose")));
            }
            pane.getElement().setAttribute("data-pane", now);
        }
        draft.ifPresent(this::drawAttachments);
        run.openMessage().ifPresent(m -> {
            partButtons.forEach((key, button) -> button.getElement().setAttribute("aria-pressed",
                    String.valueOf(run.isTapped(m.id(), key))));
            sortButtons.forEach((verdict, button) -> button.getElement().setAttribute("aria-pressed",
                    String.valueOf(run.sortOf(m.id()).filter(verdict::equals).isPresent())));
        });
    }

    private Component reading(Message m) {
        Div reading = new Div();
        reading.addClassName("sim-mailbox-message");
        reading.getElement().setAttribute("data-message", m.id());
        reading.add(new H3(m.kind() == Kind.EMAIL ? m.subject().in(language)
                : getTranslation("sim.mailbox.sms-from", m.from())));
        List<Part> parts = m.parts(language);
        Div clues = null;
        if (run.findingClues()) {
            clues = new Div();
            clues.addClassName("sim-mailbox-clues");
            clues.getElement().setAttribute("role", "group");
            clues.getElement().setAttribute("aria-label", getTranslation("sim.mailbox.tap-clues"));
            Paragraph tap = new Paragraph(getTranslation("sim.mailbox.tap-clues"));
            tap.addClassName("sim-mailbox-tap-help");
            reading.add(tap);
        }
        Div target = clues != null ? clues : reading;
        target.add(line("sim.mailbox.from", Part.FROM, m.from(), parts, m, clues != null));
        if (m.subject() != null) {
            target.add(line("sim.mailbox.subject-line", Part.SUBJECT, m.subject().in(language), parts, m, clues != null));
        }
        target.add(line(null, Part.BODY, m.body().in(language), parts, m, clues != null));
        if (clues != null) {
            reading.add(clues);
        }
        if (run.sorting()) {
            reading.add(sorting(m));
        }
        Button reply = new Button(getTranslation("sim.mailbox.reply"), VaadinIcon.REPLY.create(),
                click -> emit(new SimEvent(MailboxRun.REPLY, m.id(), replySubject(m, "sim.mailbox.re"))));
        reply.addClassName("sim-mailbox-reply");
        Button forward = new Button(getTranslation("sim.mailbox.forward"), VaadinIcon.ARROW_FORWARD.create(),
                click -> emit(new SimEvent(MailboxRun.FORWARD, m.id(), replySubject(m, "sim.mailbox.fwd"))));
        forward.addClassName("sim-mailbox-forward");
        Div actions = new Div(reply, forward);
        actions.addClassName("sim-mailbox-actions");
        reading.add(actions);
        return reading;
    }

    private String replySubject(Message m, String key) {
        return m.subject() == null ? "" : getTranslation(key, m.subject().in(language));
    }

    /** The sender, the subject or the text: plain, or cut into parts she can tap to mark as clues. */
    private Div line(String labelKey, String field, String text, List<Part> parts, Message m, boolean tappable) {
        Div line = new Div();
        line.addClassName("sim-mailbox-line");
        line.getElement().setAttribute("data-field", field);
        if (labelKey != null) {
            Span label = new Span(getTranslation(labelKey));
            label.addClassName("sim-mailbox-field-label");
            line.add(label);
        }
        if (!tappable) {
            line.add(new Span(text));
            return line;
        }
        for (Part part : parts) {
            if (!part.field().equals(field)) {
                continue;
            }
            Button tap = new Button(part.text(), click -> emit(new SimEvent(MailboxRun.TAP, m.id(), part.key())));
            tap.addClassName("sim-mailbox-part");
            tap.getElement().setAttribute("data-part", part.key());
            tap.getElement().setAttribute("aria-pressed", String.valueOf(run.isTapped(m.id(), part.key())));
            partButtons.put(part.key(), tap);
            line.add(tap);
        }
        return line;
    }

    private Component sorting(Message m) {
        Span question = new Span(getTranslation("sim.mailbox.safe-or-scam"));
        question.addClassName("sim-mailbox-question");
        Button safe = new Button(getTranslation("sim.mailbox.safe"), VaadinIcon.CHECK_CIRCLE.create(),
                click -> emit(new SimEvent(MailboxRun.SORT, m.id(), MailboxRun.SAFE)));
        safe.addClassName("sim-mailbox-safe");
        Button scam = new Button(getTranslation("sim.mailbox.scam"), VaadinIcon.WARNING.create(),
                click -> emit(new SimEvent(MailboxRun.SORT, m.id(), MailboxRun.SCAM)));
        scam.addClassName("sim-mailbox-scam");
        sortButtons.put(MailboxRun.SAFE, safe);
        sortButtons.put(MailboxRun.SCAM, scam);
        Div sorting = new Div(question, safe, scam);
        sorting.addClassName("sim-mailbox-sort");
        sorting.getElement().setAttribute("role", "group");
        sorting.getElement().setAttribute("aria-label", getTranslation("sim.mailbox.safe-or-scam"));
        return sorting;
    }

    private Component compose(Draft draft) {
        Div form = new Div();
        form.addClassName("sim-mailbox-compose");
        form.add(new H3(getTranslation(switch (draft.how()) {
            case REPLY -> "sim.mailbox.title.reply";
            case FORWARD -> "sim.mailbox.title.forward";
            default -> "sim.mailbox.title.new";
        })));
        to = new TextField(getTranslation("sim.mailbox.to"));
        to.setValue(draft.to());
        to.addClassName("sim-mailbox-to");
        LeftToRight.value(to);
        subject = new TextField(getTranslation("sim.mailbox.subject"));
        subject.setValue(draft.subject());
        subject.addClassName("sim-mailbox-subject-field");
        message = new TextArea(getTranslation("sim.mailbox.message"));
        message.setValue(draft.message());
        message.addClassName("sim-mailbox-text-field");
        to.addValueChangeListener(change -> field(MailboxRun.TO, change.getValue(), change.isFromClient()));
        subject.addValueChangeListener(change -> field(MailboxRun.SUBJECT, change.getValue(), change.isFromClient()));
        message.addValueChangeListener(change -> field(MailboxRun.MESSAGE, change.getValue(), change.isFromClient()));
        form.add(to, subject, message);
        if (draft.how() == Goal.FORWARD) {
            run.task().message(draft.source()).ifPresent(source -> {
                Div quoted = new Div(new Span(getTranslation("sim.mailbox.forwarded", source.from())),
                        new Paragraph(source.body().in(language)));
                quoted.addClassName("sim-mailbox-quoted");
                form.add(quoted);
            });
        }
        attachments = new Div();
        attachments.addClassName("sim-mailbox-attachments");
        attachments.getElement().setAttribute("role", "list");
        attachments.getElement().setAttribute("aria-label", getTranslation("sim.mailbox.attached"));
        Button attach = new Button(getTranslation("sim.mailbox.attach"), VaadinIcon.PAPERCLIP.create(),
                click -> chooseFile());
        attach.addClassName("sim-mailbox-attach");
        attach.setEnabled(!run.task().files().isEmpty());
        Button send = new Button(getTranslation("sim.mailbox.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("sim-mailbox-send");
        Button cancel = new Button(getTranslation("sim.mailbox.cancel"), VaadinIcon.CLOSE.create(),
                click -> emit(SimEvent.of(MailboxRun.DISCARD)));
        cancel.addClassName("sim-mailbox-cancel");
        Div actions = new Div(attach, send, cancel);
        actions.addClassName("sim-mailbox-actions");
        form.add(attachments, actions);
        (draft.how() == Goal.REPLY ? message : to).focus();
        return form;
    }

    private void field(String which, String value, boolean fromClient) {
        if (fromClient) {
            emit(new SimEvent(MailboxRun.FIELD, which, value));
        }
    }

    private void drawAttachments(Draft draft) {
        attachments.removeAll();
        for (String file : draft.attached()) {
            Button remove = new Button(getTranslation("sim.mailbox.remove"), VaadinIcon.TRASH.create(),
                    click -> emit(new SimEvent(MailboxRun.DETACH, "", file)));
            remove.setAriaLabel(getTranslation("sim.mailbox.remove-file", file));
            remove.addClassName("sim-mailbox-remove");
            Div item = new Div(VaadinIcon.PAPERCLIP.create(), new Span(file), remove);
            item.addClassName("sim-mailbox-attachment");
            item.getElement().setAttribute("role", "listitem");
            item.getElement().setAttribute("data-file", file);
            attachments.add(item);
        }
        attachments.setVisible(!draft.attached().isEmpty());
    }

    /** The computer's files, in a window: she picks one, as in a real file picker. */
    private void chooseFile() {
        Dialog picker = new Dialog();
        picker.addClassName("sim-mailbox-picker");
        picker.setHeaderTitle(getTranslation("sim.mailbox.choose-file"));
        Div files = new Div();
        files.addClassName("sim-mailbox-files");
        for (String file : run.task().files()) {
            Button pick = new Button(file, VaadinIcon.FILE_O.create(), click -> {
                picker.close();
                emit(new SimEvent(MailboxRun.ATTACH, "", file));
            });
            pick.addClassName("sim-mailbox-file");
            pick.setEnabled(run.draft().map(d -> !d.attached().contains(file)).orElse(false));
            files.add(pick);
        }
        picker.add(files);
        Button close = new Button(getTranslation("sim.mailbox.cancel"), click -> picker.close());
        picker.getFooter().add(close);
        picker.open();
    }

    private void send() {
        Draft draft = run.draft().orElseThrow();
        syncField(MailboxRun.TO, to.getValue(), draft.to());
        syncField(MailboxRun.SUBJECT, subject.getValue(), draft.subject());
        syncField(MailboxRun.MESSAGE, message.getValue(), draft.message());
        if (to.getValue().isBlank()) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("sim.mailbox.to-missing"));
            to.focus();
            return;
        }
        if (emit(SimEvent.of(MailboxRun.SEND))) {
            write.focus();
        }
    }

    private void syncField(String which, String shown, String kept) {
        if (!Objects.equals(shown, kept)) {
            emit(new SimEvent(MailboxRun.FIELD, which, shown));
        }
    }

    private void drawStatus() {
        List<Draft> sent = run.sent();
        status.removeAll();
        if (!sent.isEmpty()) {
            status.add(VaadinIcon.CHECK.create(), new Span(getTranslation("sim.mailbox.sent",
                    sent.get(sent.size() - 1).to())));
        }
        status.setVisible(!sent.isEmpty());
    }
}
