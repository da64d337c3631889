package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import org.digitalcentre.classroom.CohortSummary;

import java.util.List;

/** "Group": the cohorts a teacher works with; choosing one opens the same page for it (its id in the address). */
public final class CohortChooser {

    private CohortChooser() {
    }

    public static Select<CohortSummary> of(List<CohortSummary> cohorts, CohortSummary current,
                                           Class<? extends Component> page) {
        Select<CohortSummary> chooser = new Select<>();
        chooser.setLabel(chooser.getTranslation("teacher.grid.cohort"));
        chooser.setItems(cohorts);
        chooser.setItemLabelGenerator(CohortSummary::name);
        cohorts.stream().filter(c -> c.id() == current.id()).findFirst().ifPresent(chooser::setValue);
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chooser.getUI().ifPresent(ui -> ui.navigate(page,
                        new RouteParameters("cohortId", String.valueOf(change.getValue().id()))));
            }
        });
        return chooser;
    }
}
