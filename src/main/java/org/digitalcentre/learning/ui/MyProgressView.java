package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.digitalcentre.learning.ModuleStatus;

import java.util.List;
import java.util.Map;

/** "My progress": how many modules she has done and mastered, her score and her time in each. */
@Route("my-progress")
@Menu(title = "menu.my-progress", icon = "vaadin:chart", order = 1)
@RolesAllowed(Role.Names.LEARNER)
class MyProgressView extends Div implements HasDynamicTitle {

    MyProgressView(CurrentUser currentUser, ContentCatalogue catalogue, LearningService learning,
                   LiveClassroom live) {
        addClassName("my-progress");
        String language = getLocale().getLanguage();
        Map<String, ModuleResult> results = learning.resultsOf(currentUser.learnerId(), catalogue::module);
        long done = results.values().stream().filter(r -> r.status().isDone()).count();
        long mastered = results.values().stream().filter(r -> r.status() == ModuleStatus.MASTERED).count();
        long seconds = results.values().stream().mapToLong(ModuleResult::secondsSpent).sum();

        ReadAloud.scope(this);
        add(ReadAloud.mark(new H1(getTranslation("progress.title")), null));
        ReadAloud readAloud = new ReadAloud();
        long learnerId = currentUser.learnerId();
        readAloud.onNoVoice(voiceLanguage -> live.noVoice(learnerId, voiceLanguage));
        add(readAloud);
        Div totals = new Div(
                figure(VaadinIcon.CHECK_CIRCLE, getTranslation("progress.done", done, catalogue.modules().size())),
                figure(VaadinIcon.STAR, getTranslation("progress.mastered", mastered)),
                figure(VaadinIcon.CLOCK, getTranslation("progress.time", Durations.minutes(seconds))));
        totals.addClassName("progress-figures");
        add(totals);

        Grid<Module> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(module -> module.title().in(language)).setHeader(getTranslation("progress.module"))
                .setFlexGrow(3);
        grid.addComponentColumn(module -> StatusBadge.of(result(results, module).status()))
                .setHeader(getTranslation("progress.status")).setFlexGrow(2);
        grid.addColumn(module -> result(results, module).status() == ModuleStatus.NOT_STARTED ? ""
                        : getTranslation("progress.score-value", result(results, module).score()))
                .setHeader(getTranslation("progress.score"));
        grid.addColumn(module -> Durations.minutes(result(results, module).secondsSpent()))
                .setHeader(getTranslation("progress.minutes"));
        List<Module> started = catalogue.modules().stream().filter(m -> results.containsKey(m.id())).toList();
        grid.setItems(started);
        if (started.isEmpty()) {
            add(ReadAloud.mark(new Span(getTranslation("progress.nothing-yet")), null));
        } else {
            add(grid);
        }
    }

    private static ModuleResult result(Map<String, ModuleResult> results, Module module) {
        return results.getOrDefault(module.id(), ModuleResult.notStarted(module));
    }

    private static Div figure(VaadinIcon icon, String text) {
        Div figure = new Div(icon.create(), ReadAloud.mark(new Span(text), null));
        figure.addClassName("progress-figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.page-title");
    }
}
