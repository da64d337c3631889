package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.FieldErrors;
import org.digitalcentre.base.ui.LanguagePicker;
import org.digitalcentre.base.ui.UploadTexts;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.classroom.ImportReport;
import org.digitalcentre.classroom.LearnerCode;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.classroom.LearnerImport;
import org.digitalcentre.classroom.LearnerPicture;
import org.digitalcentre.classroom.NewLearner;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cohort's learners: enrol one, or many from a CSV file (with a report of what was enrolled and what was not,
 * and why); give a learner a new code or picture; unlock a learner who typed five wrong codes.
 */
@Route("cohorts/:cohortId([0-9]{1,18})/learners")
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class CohortLearnersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortAdministration administration;
    private final LearnerImport learnerImport;
    private final SignedIn staff;
    private final Grid<LearnerDetails> grid = new Grid<>();
    private final Div report = new Div();
    private CohortSummary cohort;

    CohortLearnersView(CohortAdministration administration, LearnerImport learnerImport, CurrentUser currentUser) {
        this.administration = administration;
        this.learnerImport = learnerImport;
        this.staff = currentUser.require();
        addClassName("cohort-learners");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> cohortId = event.getRouteParameters().getLong("cohortId");
        try {
            cohort = administration.cohort(staff, cohortId.orElse(-1L));
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("learners.title", cohort.name())));
        add(new H2(getTranslation("learners.add.title")), addForm());
        add(new H2(getTranslation("learners.import.title")), importArea());
        add(new H2(getTranslation("learners.list.title")), learnerGrid());
        if (staff.role() == Role.ADMIN) {
            // By address, not by class: the privacy feature builds on this one, never the other way round.
            Anchor privacy = new Anchor("privacy?cohort=" + cohort.id(), getTranslation("privacy.link-from-learners"));
            privacy.addClassNames("big-link", "privacy-link");
            add(privacy);
        }
        refresh();
    }

    private Div addForm() {
        TextField firstName = new TextField(getTranslation("learners.first-name"));
        TextField initial = new TextField(getTranslation("learners.initial"));
        initial.setMaxLength(2);
        initial.setHelperText(getTranslation("learners.initial.help"));
        Select<LearnerPicture> picture = pictureSelect();
        TextField code = codeField();
        Map<String, HasValidation> fields = Map.of("firstName", firstName, "lastInitial", initial,
                "picture", picture, "code", code);
        Button add = new Button(getTranslation("learners.add"), VaadinIcon.PLUS.create(), click -> {
            try {
                FieldErrors.clear(fields);
                administration.enrol(staff, cohort.id(), new NewLearner(firstName.getValue(), initial.getValue(),
                        picture.getValue(), code.getValue()));
                Notification.show(getTranslation("learners.added", firstName.getValue(), code.getValue()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                firstName.clear();
                initial.clear();
                code.clear();
                picture.clear();
                refresh();
            } catch (ConstraintViolationException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(firstName, initial, picture, code);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        Div area = new Div(form, add);
        area.addClassName("add-learner");
        return area;
    }

    private Div importArea() {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // One file is allowed: a file left in the list would refuse the next one (the fixed list) as one too many.
            upload.clearFileList();
            showReport(learnerImport.importCsv(staff, cohort.id(), bytes));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LearnerImport.MAX_BYTES);
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(this, "upload.kind.csv"));
        upload.addFileRejectedListener(rejected -> showFileProblem("import.too-large-or-wrong-type"));
        Paragraph help = new Paragraph(getTranslation("learners.import.help"));
        report.addClassName("import-report");
        Div area = new Div(help, upload, report);
        area.addClassName("import-learners");
        return area;
    }

    private void showReport(ImportReport result) {
        report.removeAll();
        if (!result.readable()) {
            showFileProblem(result.fileProblem());
            return;
        }
        report.add(new Paragraph(getTranslation("import.summary", result.enrolled().size(),
                result.rejected().size())));
        if (!result.enrolled().isEmpty()) {
            report.add(new Paragraph(getTranslation("import.codes-once")));
            Grid<ImportReport.Enrolled> enrolled = new Grid<>();
            enrolled.addClassName("import-enrolled");
            enrolled.setAllRowsVisible(true);
            enrolled.addColumn(ImportReport.Enrolled::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
            enrolled.addColumn(ImportReport.Enrolled::shortName).setHeader(getTranslation("learners.name"));
            enrolled.addComponentColumn(e -> LearnerPictures.badge(e.picture()))
                    .setHeader(getTranslation("learners.picture"));
            enrolled.addColumn(ImportReport.Enrolled::code).setHeader(getTranslation("learners.code"));
            enrolled.setItems(result.enrolled());
            report.add(enrolled);
        }
        if (!result.rejected().isEmpty()) {
            Grid<ImportReport.Rejected> rejected = new Grid<>();
            rejected.addClassName("import-rejected");
            rejected.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            rejected.setAllRowsVisible(true);
            rejected.addColumn(ImportReport.Rejected::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
            rejected.addColumn(ImportReport.Rejected::text).setHeader(getTranslation("import.text"));
            rejected.addColumn(r -> r.reasons().stream().map(key -> getTranslation(key))
                    .collect(Collectors.joining(" "))).setHeader(getTranslation("import.why")).setFlexGrow(2);
            rejected.setItems(result.rejected());
            report.add(rejected);
        }
        refresh();
    }

    private void showFileProblem(String key) {
        report.removeAll();
        Div problem = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation(key, LearnerImport.MAX_LINES)));
        problem.addClassName("import-problem");
        problem.getElement().setAttribute("role", "alert");
        report.add(problem);
    }

    private Grid<LearnerDetails> learnerGrid() {
        grid.removeAllColumns();
        grid.addClassName("learner-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(l -> LearnerPictures.badge(l.picture())).setHeader(getTranslation("learners.picture"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearnerDetails::shortName).setHeader(getTranslation("learners.name")).setFlexGrow(1);
        grid.addColumn(l -> l.anonymised() ? getTranslation("privacy.anonymised")
                        : l.locked() ? getTranslation("learners.locked") : "")
                .setHeader(getTranslation("learners.code-state"));
        grid.addColumn(l -> l.language() == null ? getTranslation("learners.language.none")
                        : LanguagePicker.nameOf(Locale.forLanguageTag(l.language())))
                .setHeader(getTranslation("learners.language")).setKey("language").setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("cohorts.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(2);
        return grid;
    }

    private Div rowActions(LearnerDetails learner) {
        if (learner.anonymised()) {
            return new Div(); // no code, no picture: she stays without identity
        }
        Button code = new Button(getTranslation("learners.new-code"), VaadinIcon.KEY.create(),
                click -> openCodeDialog(learner));
        code.setAriaLabel(getTranslation("learners.new-code-for", learner.shortName()));
        Button picture = new Button(getTranslation("learners.change-picture"), VaadinIcon.PICTURE.create(),
                click -> openPictureDialog(learner));
        picture.setAriaLabel(getTranslation("learners.change-picture-for", learner.shortName()));
        Div actions = new Div(code, picture);
        if (learner.locked()) {
            Button unlock = new Button(getTranslation("teacher.grid.unlock"), VaadinIcon.UNLOCK.create(), click -> {
                administration.unlock(staff, learner.id());
                Notification.show(getTranslation("teacher.grid.unlocked", learner.shortName()), 4000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            unlock.setAriaLabel(getTranslation("teacher.grid.unlock-learner", learner.shortName()));
            actions.add(unlock);
        }
        actions.addClassName("row-actions");
        return actions;
    }

    private void openCodeDialog(LearnerDetails learner) {
        Dialog dialog = new Dialog(getTranslation("learners.new-code-for", learner.shortName()));
        TextField code = codeField();
        Button save = new Button(getTranslation("cohort.form.save"), VaadinIcon.CHECK.create(), click -> {
            if (!LearnerCode.isValid(code.getValue())) {
                FieldErrors.mark(code, "learner.code.digits");
                return;
            }
            administration.changeCode(staff, learner.id(), code.getValue());
            Notification.show(getTranslation("learners.code-changed", learner.shortName(), code.getValue()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(code);
        dialog.getFooter().add(new Button(getTranslation("cohort.form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openPictureDialog(LearnerDetails learner) {
        Dialog dialog = new Dialog(getTranslation("learners.change-picture-for", learner.shortName()));
        Select<LearnerPicture> picture = pictureSelect();
        picture.setValue(learner.picture());
        Button save = new Button(getTranslation("cohort.form.save"), VaadinIcon.CHECK.create(), click -> {
            if (picture.getValue() != null) {
                administration.changePicture(staff, learner.id(), picture.getValue());
            }
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(picture);
        dialog.getFooter().add(new Button(getTranslation("cohort.form.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private Select<LearnerPicture> pictureSelect() {
        Select<LearnerPicture> picture = new Select<>();
        picture.setLabel(getTranslation("learners.picture"));
        picture.setItems(LearnerPicture.values());
        picture.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        picture.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> {
            Span item = new Span(LearnerPictures.badge(p), new Span(getTranslation(p.translationKey())));
            item.addClassName("picture-option");
            return item;
        }));
        return picture;
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("learners.code"));
        code.setMaxLength(LearnerCode.LENGTH);
        code.setAllowedCharPattern("[0-9]");
        code.setHelperText(getTranslation("learners.code.help"));
        return code;
    }

    private void refresh() {
        grid.setItems(administration.learners(staff, cohort.id()));
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("learners.page-title") : getTranslation("learners.title", cohort.name());
    }
}
