package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.classroom.LearnerDetails;
import org.digitalcentre.classroom.ui.LearnerPictures;
import org.digitalcentre.privacy.LearnerDataExport;
import org.digitalcentre.privacy.LearnerErasure;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/** A cohort's learners, each with "Export her data", "Anonymise" and "Erase" (both after a confirm dialog). */
class CohortLearnersPanel extends Div {

    private final CohortAdministration administration;
    private final LearnerDataExport export;
    private final LearnerErasure erasure;
    private final SignedIn admin;
    private final Select<CohortSummary> cohort = new Select<>();
    private final Grid<LearnerDetails> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private Runnable changed = () -> { };

    CohortLearnersPanel(CohortAdministration administration, LearnerDataExport export, LearnerErasure erasure,
                        SignedIn admin) {
        this.administration = administration;
        this.export = export;
        this.erasure = erasure;
        this.admin = admin;
        addClassName("privacy-learners");
        cohort.setLabel(getTranslation("privacy.cohort"));
        cohort.setPlaceholder(getTranslation("privacy.cohort.placeholder"));
        cohort.setItemLabelGenerator(c -> getTranslation("privacy.cohort.option", c.name(), c.centreName()));
        cohort.setItems(administration.cohorts(admin, true));
        cohort.addValueChangeListener(change -> refresh());
        grid.addClassName("privacy-learner-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(l -> LearnerPictures.badge(l.picture())).setHeader(getTranslation("privacy.picture"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearnerDetails::shortName).setHeader(getTranslation("privacy.learner")).setFlexGrow(1);
        grid.addColumn(l -> l.anonymised() ? getTranslation("privacy.anonymised") : "")
                .setHeader(getTranslation("privacy.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("privacy.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(2);
        grid.setVisible(false);
        none.setText(getTranslation("privacy.learners.none"));
        none.setVisible(false);
        add(new H2(getTranslation("privacy.learners.title")), cohort, grid, none);
    }

    /** Shows this cohort's learners (if the administrator can see it). */
    void show(long cohortId) {
        cohort.getListDataView().getItems().filter(c -> c.id() == cohortId).findFirst().ifPresent(cohort::setValue);
    }

    void onChange(Runnable listener) {
        changed = listener;
    }

    private Div actions(LearnerDetails learner) {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = getLocale();
            byte[] zip = export.zip(admin, learner.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(zip), export.fileName(learner.id(), locale),
                    "application/zip", zip.length);
        }), getTranslation("privacy.export"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("privacy.export-for", learner.shortName()));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassNames("big-link", "privacy-export");
        Div actions = new Div(download);
        if (!learner.anonymised()) {
            Button anonymise = new Button(getTranslation("privacy.anonymise"), VaadinIcon.USER_CLOCK.create(),
                    click -> new AnonymiseDialog(erasure, admin, learner, this::refreshAfterChange).open());
            anonymise.setAriaLabel(getTranslation("privacy.anonymise-for", learner.shortName()));
            anonymise.addClassName("privacy-anonymise");
            actions.add(anonymise);
        }
        Button erase = new Button(getTranslation("privacy.erase"), VaadinIcon.TRASH.create(),
                click -> new EraseDialog(erasure, admin, learner, this::refreshAfterChange).open());
        erase.setAriaLabel(getTranslation("privacy.erase-for", learner.shortName()));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClassName("privacy-erase");
        actions.add(erase);
        actions.addClassName("privacy-actions");
        return actions;
    }

    private void refreshAfterChange() {
        refresh();
        changed.run();
    }

    private void refresh() {
        CohortSummary chosen = cohort.getValue();
        List<LearnerDetails> learners = chosen == null ? List.of() : administration.learners(admin, chosen.id());
        grid.setItems(learners);
        grid.setVisible(chosen != null && !learners.isEmpty());
        none.setVisible(chosen != null && learners.isEmpty());
    }

    static void tell(String text, boolean success) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(success
                ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }
}
