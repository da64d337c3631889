package org.digitalcentre.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.privacy.CohortRetention;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;

/** The retention rule at work: the cohorts whose learners will be anonymised next, and on which day. */
class RetentionPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CohortRetention retention;
    private final SignedIn admin;
    private final LongConsumer openCohort;
    private final Grid<CohortRetention.Upcoming> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    RetentionPanel(CohortRetention retention, SignedIn admin, LongConsumer openCohort) {
        this.retention = retention;
        this.admin = admin;
        this.openCohort = openCohort;
        addClassName("retention");
        grid.addClassName("retention-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(u -> u.cohort().name()).setHeader(getTranslation("privacy.retention.cohort"));
        grid.addColumn(u -> u.cohort().centreName()).setHeader(getTranslation("privacy.retention.centre"));
        grid.addColumn(u -> DAY.format(u.cohort().endDate())).setHeader(getTranslation("privacy.retention.ended"));
        grid.addColumn(u -> u.due() ? getTranslation("privacy.retention.due") : DAY.format(u.anonymisedOn()))
                .setHeader(getTranslation("privacy.retention.on"));
        grid.addColumn(u -> u.cohort().namedLearners()).setHeader(getTranslation("privacy.retention.named"));
        grid.addComponentColumn(u -> {
            Button open = new Button(getTranslation("privacy.retention.open"), VaadinIcon.USERS.create(),
                    click -> openCohort.accept(u.cohort().cohortId()));
            open.setAriaLabel(getTranslation("privacy.retention.open-for", u.cohort().name()));
            return open;
        }).setHeader(getTranslation("privacy.actions")).setAutoWidth(true);
        none.setText(getTranslation("privacy.retention.none"));
        add(new H2(getTranslation("privacy.retention.title")),
                new Paragraph(getTranslation("privacy.retention.rule", retention.anonymiseAfter().toTotalMonths())),
                grid, none);
        refresh();
    }

    void refresh() {
        List<CohortRetention.Upcoming> upcoming = retention.upcoming(admin);
        grid.setItems(upcoming);
        grid.setVisible(!upcoming.isEmpty());
        none.setVisible(upcoming.isEmpty());
    }
}
