package org.digitalcentre.simulation.eservice.ui;

import org.digitalcentre.base.ui.LeftToRight;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.content.EServiceSimulation;
import org.digitalcentre.content.EServiceSimulation.Field;
import org.digitalcentre.content.EServiceSimulation.FieldKind;
import org.digitalcentre.content.EServiceSimulation.Option;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.eservice.EServiceRun;
import org.digitalcentre.simulation.ui.SimulationView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A plain online public service: its name and address at the top, one screen at a time (create the account, sign
 * in, the code, the form's pages, the review), and her phone beside it, where the code arrives. Every value is
 * checked on the server when she presses the screen's button; a message then sits at each field that is not right.
 */
public class EServiceView extends SimulationView {

    private final EServiceRun run;
    private final EServiceSimulation task;
    private final Div screenArea = new Div();
    private final Div phone = new Div();
    /** What she typed on the screen, read again when she presses its button (in case a change is still on its way). */
    private final List<Runnable> pendingValues = new ArrayList<>();
    private String drawnScreen;
    private boolean typing;

    public EServiceView(EServiceRun run, String language, Listener listener) {
        super(run, language, listener);
        this.run = run;
        this.task = run.task();
        addClassName("sim-e-service");
        String service = task.service().in(language);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("sim.e-service.label", service));

        Div header = new Div(VaadinIcon.LOCK.create(), LeftToRight.always(new Span(task.address())));
        header.addClassName("sim-e-service-address");
        header.getElement().setAttribute("title", getTranslation("sim.e-service.secure"));
        H3 name = new H3(VaadinIcon.INSTITUTION.create(), new Span(service));
        name.addClassName("sim-e-service-name");
        screenArea.addClassName("sim-e-service-screen");
        Div body = new Div(screenArea);
        body.addClassName("sim-e-service-body");
        if (task.signsIn()) {
            phone.addClassName("sim-e-service-phone");
            phone.getElement().setAttribute("role", "region");
            phone.getElement().setAttribute("aria-label", getTranslation("sim.e-service.phone"));
            body.add(phone);
        }
        add(header, name, body);
    }

    @Override
    protected void refresh() {
        drawPhone();
        if (typing) {
            return; // the screen already shows what she typed; redrawing it would take the focus from her
        }
        String screenKey = run.screen() + "-" + run.pageNumber();
        boolean newScreen = drawnScreen != null && !screenKey.equals(drawnScreen);
        drawnScreen = screenKey;
        drawScreen();
        if (newScreen) {
            screenArea.getChildren().findFirst().ifPresent(title -> title.getElement().callJsFunction("focus"));
        } else {
            focusFirstProblem();
        }
    }

    private void drawPhone() {
        if (!task.signsIn()) {
            return;
        }
        phone.removeAll();
        Span title = new Span(VaadinIcon.MOBILE.create(), new Span(getTranslation("sim.e-service.phone")));
        title.addClassName("sim-e-service-phone-title");
        Div messages = new Div();
        messages.addClassName("sim-e-service-phone-messages");
        messages.getElement().setAttribute("role", "status");
        if (run.codeSent()) {
            Div sms = new Div(new Span(getTranslation("sim.e-service.sms", task.service().in(language),
                    task.code())));
            sms.addClassName("sim-e-service-sms");
            messages.add(sms);
        } else {
            messages.add(new Span(getTranslation("sim.e-service.no-message")));
        }
        phone.add(title, messages);
    }

    private void drawScreen() {
        screenArea.removeAll();
        pendingValues.clear();
        switch (run.screen()) {
            case ACCOUNT -> {
                screen("account", getTranslation("sim.e-service.account.title"),
                        getTranslation("sim.e-service.account.intro"));
                task.account().forEach(field -> screenArea.add(field(field)));
                screenArea.add(password(EServiceRun.PASSWORD, "sim.e-service.account.password",
                        "sim.e-service.account.password-help"));
                buttons(primary("sim.e-service.account.create", VaadinIcon.USER_CHECK));
            }
            case SIGN_IN -> {
                screen("sign-in", getTranslation("sim.e-service.sign-in.title"),
                        getTranslation(run.accountCreated() ? "sim.e-service.sign-in.account-created"
                                : "sim.e-service.sign-in.intro"));
                screenArea.add(text(EServiceRun.IDENTIFIER, getTranslation("sim.e-service.sign-in.identifier"),
                        null, FieldKind.EMAIL));
                screenArea.add(password(EServiceRun.PASSWORD, "sim.e-service.sign-in.password", null));
                buttons(primary("sim.e-service.sign-in.button", VaadinIcon.SIGN_IN));
            }
            case CODE -> {
                screen("code", getTranslation("sim.e-service.code.title"),
                        getTranslation("sim.e-service.code.intro"));
                screenArea.add(text(EServiceRun.CODE, getTranslation("sim.e-service.code.field"),
                        getTranslation("sim.e-service.code.help"), FieldKind.TEXT));
                buttons(primary("sim.e-service.code.button", VaadinIcon.CHECK));
            }
            case PAGE -> {
                screen("page-" + run.currentPage().id(), run.currentPage().title().in(language),
                        getTranslation("sim.e-service.page.count", run.pageNumber(), task.pages().size()));
                run.currentPage().fields().forEach(field -> screenArea.add(field(field)));
                Button next = primary("sim.e-service.page.next", VaadinIcon.ARROW_RIGHT);
                next.setIconAfterText(true);
                if (run.pageNumber() > 1) {
                    buttons(back("sim.e-service.page.previous"), next);
                } else {
                    buttons(next);
                }
            }
            case REVIEW -> {
                screen("review", getTranslation("sim.e-service.review.title"),
                        getTranslation("sim.e-service.review.intro"));
                screenArea.add(review());
                Button send = new Button(getTranslation("sim.e-service.review.submit"),
                        VaadinIcon.PAPERPLANE.create(), click -> emit(SimEvent.of(EServiceRun.SUBMIT)));
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                send.addClassName("sim-e-service-submit");
                buttons(back("sim.e-service.review.change"), send);
            }
            case SENT -> {
                screen("sent", getTranslation("sim.e-service.sent.title"),
                        getTranslation("sim.e-service.sent.text"));
                screenArea.add(VaadinIcon.CHECK_CIRCLE.create());
            }
        }
    }

    private void screen(String id, String title, String intro) {
        screenArea.getElement().setAttribute("data-screen", id);
        H4 heading = new H4(title);
        heading.addClassName("sim-e-service-title");
        // Focused when a new screen comes, so that a keyboard or a screen reader starts at its top.
        heading.getElement().setAttribute("tabindex", "-1");
        screenArea.add(heading, new Paragraph(intro));
    }

    private Button primary(String key, VaadinIcon icon) {
        Button button = new Button(getTranslation(key), icon.create(), click -> goOn());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("sim-e-service-continue");
        return button;
    }

    private Button back(String key) {
        Button button = new Button(getTranslation(key), VaadinIcon.ARROW_LEFT.create(),
                click -> emit(SimEvent.of(EServiceRun.BACK)));
        button.addClassName("sim-e-service-back");
        return button;
    }

    private void buttons(Button... buttons) {
        Div row = new Div(buttons);
        row.addClassName("sim-e-service-buttons");
        screenArea.add(row);
    }

    /** The screen's button: what she typed is sent first, then the server checks it all. */
    private void goOn() {
        List.copyOf(pendingValues).forEach(Runnable::run);
        emit(SimEvent.of(EServiceRun.CONTINUE));
    }

    private Component field(Field field) {
        return switch (field.kind()) {
            case CHOICE -> choice(field);
            case DOCUMENT -> document(field);
            default -> text(field.id(), field.label().in(language), helpFor(field.kind()), field.kind());
        };
    }

    private String helpFor(FieldKind kind) {
        return switch (kind) {
            case DATE, POSTCODE, SOCIAL_SECURITY_NUMBER, EMAIL, PHONE ->
                    getTranslation("sim.e-service.help." + kind.written());
            default -> null;
        };
    }

    private TextField text(String fieldId, String label, String help, FieldKind kind) {
        TextField text = new TextField(label);
        text.addClassName("sim-e-service-field");
        text.getElement().setAttribute("data-field", fieldId);
        text.setValue(run.value(fieldId));
        if (help != null) {
            text.setHelperText(help);
        }
        if (kind == FieldKind.EMAIL) {
            text.getElement().setAttribute("autocomplete", "off");
        }
        if (kind != FieldKind.TEXT && kind != FieldKind.CHOICE) {
            LeftToRight.value(text); // dates, numbers, e-mail and phone: left to right in every language
        }
        showProblem(text, fieldId, kind);
        typedInto(text, fieldId);
        return text;
    }

    private PasswordField password(String fieldId, String labelKey, String helpKey) {
        PasswordField password = new PasswordField(getTranslation(labelKey));
        password.addClassName("sim-e-service-field");
        LeftToRight.value(password);
        password.getElement().setAttribute("data-field", fieldId);
        password.getElement().setAttribute("autocomplete", "off");
        password.setValue(run.value(fieldId));
        if (helpKey != null) {
            password.setHelperText(getTranslation(helpKey));
        }
        showProblem(password, fieldId, FieldKind.TEXT);
        typedInto(password, fieldId);
        return password;
    }

    private <F extends HasValue<?, String>> void typedInto(F input, String fieldId) {
        Runnable send = () -> {
            String value = input.getValue() == null ? "" : input.getValue();
            if (!value.equals(run.value(fieldId))) {
                type(new SimEvent(EServiceRun.TYPE, fieldId, value));
            }
        };
        input.addValueChangeListener(change -> send.run());
        pendingValues.add(send);
    }

    /** Her typing is reported (so a half-filled page is kept) without drawing the screen again. */
    private void type(SimEvent event) {
        typing = true;
        try {
            emit(event);
        } finally {
            typing = false;
        }
    }

    private void showProblem(com.vaadin.flow.component.HasValidation input, String fieldId, FieldKind kind) {
        run.problemAt(fieldId).ifPresent(problem -> {
            input.setInvalid(true);
            input.setErrorMessage(problemText(problem, kind));
        });
    }

    private String problemText(String problem, FieldKind kind) {
        if (EServiceRun.REQUIRED.equals(problem)) {
            return getTranslation(switch (kind) {
                case CHOICE -> "sim.e-service.error.required-choice";
                case DOCUMENT -> "sim.e-service.error.required-document";
                default -> "sim.e-service.error.required";
            });
        }
        return getTranslation("sim.e-service.error." + problem);
    }

    private RadioButtonGroup<Option> choice(Field field) {
        RadioButtonGroup<Option> group = new RadioButtonGroup<>(field.label().in(language));
        group.addClassName("sim-e-service-field");
        group.getElement().setAttribute("data-field", field.id());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(field.options());
        group.setItemLabelGenerator(option -> option.text().in(language));
        field.options().stream().filter(o -> o.id().equals(run.value(field.id()))).findFirst()
                .ifPresent(group::setValue);
        showProblem(group, field.id(), FieldKind.CHOICE);
        Supplier<String> chosen = () -> group.getValue() == null ? "" : group.getValue().id();
        Runnable send = () -> {
            if (!chosen.get().equals(run.value(field.id()))) {
                type(new SimEvent(EServiceRun.TYPE, field.id(), chosen.get()));
            }
        };
        group.addValueChangeListener(change -> send.run());
        pendingValues.add(send);
        return group;
    }

    /** A document: the file she added, and a button that opens the computer's files. */
    private Component document(Field field) {
        Div box = new Div();
        box.addClassName("sim-e-service-document");
        box.getElement().setAttribute("data-field", field.id());
        box.getElement().setAttribute("role", "group");
        String labelId = "sim-e-service-label-" + field.id();
        Span label = new Span(field.label().in(language));
        label.setId(labelId);
        label.addClassName("sim-e-service-document-label");
        box.getElement().setAttribute("aria-labelledby", labelId);
        String file = run.value(field.id());
        Span attached = new Span(file.isEmpty() ? new Span(getTranslation("sim.e-service.document.none"))
                : new Span(VaadinIcon.FILE_TEXT_O.create(), new Span(file)));
        attached.addClassName("sim-e-service-attached");
        Button choose = new Button(getTranslation("sim.e-service.document.choose"), VaadinIcon.PAPERCLIP.create(),
                click -> openFiles(field));
        choose.addClassName("sim-e-service-choose");
        box.add(label, attached, choose);
        run.problemAt(field.id()).ifPresent(problem -> {
            Span error = new Span(VaadinIcon.WARNING.create(), new Span(problemText(problem, FieldKind.DOCUMENT)));
            error.addClassName("sim-e-service-error");
            box.add(error);
        });
        return box;
    }

    /** A copy of the computer's file window: her files, one button each. */
    private void openFiles(Field field) {
        Dialog files = new Dialog();
        files.addClassName("sim-e-service-files");
        files.setHeaderTitle(getTranslation("sim.e-service.files.title"));
        Div list = new Div();
        list.addClassName("sim-e-service-file-list");
        list.getElement().setAttribute("role", "list");
        for (String name : field.files()) {
            Button pick = new Button(name, iconOf(name).create(), click -> {
                files.close();
                emit(new SimEvent(EServiceRun.ATTACH, field.id(), name));
            });
            pick.addClassName("sim-e-service-file");
            Div item = new Div(pick);
            item.getElement().setAttribute("role", "listitem");
            list.add(item);
        }
        files.add(new Paragraph(getTranslation("sim.e-service.files.intro")), list);
        Button cancel = new Button(getTranslation("sim.e-service.files.cancel"), click -> files.close());
        files.getFooter().add(cancel);
        add(files);
        files.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                remove(files);
            }
        });
        files.open();
    }

    private static VaadinIcon iconOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") ? VaadinIcon.PICTURE
                : VaadinIcon.FILE_TEXT_O;
    }

    /** Every page's values as she gave them, for a last look before she sends. */
    private Component review() {
        Div review = new Div();
        review.addClassName("sim-e-service-review");
        for (EServiceSimulation.Page page : task.pages()) {
            Div section = new Div();
            section.addClassName("sim-e-service-review-page");
            Span title = new Span(page.title().in(language));
            title.addClassName("sim-e-service-review-title");
            section.add(title);
            Div lines = new Div();
            lines.getElement().setAttribute("role", "list");
            for (Field field : page.fields()) {
                Div line = new Div(new Span(getTranslation("sim.e-service.review.line",
                        field.label().in(language), shown(field))));
                line.getElement().setAttribute("role", "listitem");
                line.getElement().setAttribute("data-field", field.id());
                lines.add(line);
            }
            section.add(lines);
            review.add(section);
        }
        return review;
    }

    private String shown(Field field) {
        String value = run.value(field.id());
        if (value.isBlank()) {
            return getTranslation("sim.e-service.review.empty");
        }
        if (field.kind() == FieldKind.CHOICE) {
            return field.options().stream().filter(o -> o.id().equals(value)).findFirst()
                    .map(o -> o.text().in(language)).orElse(value);
        }
        return value;
    }

    private void focusFirstProblem() {
        for (Field field : run.fieldsOfScreen()) {
            if (run.problemAt(field.id()).isPresent()) {
                focusField(field.id());
                return;
            }
        }
        for (String own : List.of(EServiceRun.IDENTIFIER, EServiceRun.PASSWORD, EServiceRun.CODE)) {
            if (run.problemAt(own).isPresent()) {
                focusField(own);
                return;
            }
        }
    }

    private void focusField(String fieldId) {
        screenArea.getChildren().filter(c -> fieldId.equals(c.getElement().getAttribute("data-field")))
                .findFirst().ifPresent(c -> {
                    if (c instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                        focusable.focus();
                    } else {
                        c.getElement().callJsFunction("focus");
                    }
                });
    }
}
