package org.digitalcentre.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.CurrentUser;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.classroom.ui.CohortChooser;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.live.LiveLearner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The room, live: who is signed in, at which workstation, on which module and step, idle for how long, and who
 * needs help (she pressed "I need help", got the same exercise wrong three times, or has not moved for a while).
 * It updates by itself through server push. "Done" lowers a learner's hand once the teacher has been to her.
 */
@Route("live/:cohortId?([0-9]{1,18})")
@Menu(title = "menu.live", icon = "vaadin:hands-up", order = 8)
@RolesAllowed({Role.Names.TEACHER, Role.Names.ADMIN})
class LiveClassroomView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveClassroom live;
    private final CohortAdministration administration;
    private final ContentCatalogue catalogue;
    private final Clock clock;
    private final SignedIn staff;
    private final Grid<LiveLearner> grid = new Grid<>();
    private final Span summary = new Span();
    private CohortSummary cohort;
    private Registration subscription;

    LiveClassroomView(LiveClassroom live, CohortAdministration administration, ContentCatalogue catalogue,
                      Clock clock, CurrentUser currentUser) {
        this.live = live;
        this.administration = administration;
        this.catalogue = catalogue;
        this.clock = clock;
        this.staff = currentUser.require();
        addClassName("live-classroom");
        summary.addClassName("live-summary");
        summary.getElement().setAttribute("role", "status");
        grid.addClassName("live-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(LiveLearner::shortName).setHeader(getTranslation("teacher.grid.learner")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(l -> l.workstation() == null ? getTranslation("live.workstation.unknown") : l.workstation())
                .setHeader(getTranslation("live.workstation")).setKey("workstation").setAutoWidth(true);
        grid.addColumn(this::where).setHeader(getTranslation("live.where")).setKey("where").setFlexGrow(3);
        grid.addColumn(l -> getTranslation("live.idle-minutes", l.idle(clock.instant()).toMinutes()))
                .setHeader(getTranslation("live.idle")).setKey("idle").setAutoWidth(true);
        grid.addComponentColumn(this::helpCell).setHeader(getTranslation("live.help")).setKey("help").setFlexGrow(2);
        grid.addColumn(this::missingVoices).setHeader(getTranslation("read-aloud.live.header")).setKey("voices")
                .setFlexGrow(1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<CohortSummary> cohorts = administration.cohorts(staff, false);
        removeAll();
        add(new H1(getTranslation("live.title")));
        if (cohorts.isEmpty()) {
            add(new Paragraph(getTranslation("teacher.grid.no-cohort")));
            return;
        }
        Optional<Long> wanted = event.getRouteParameters().getLong("cohortId");
        try {
            cohort = wanted.isPresent() ? administration.cohort(staff, wanted.get()) : cohorts.get(0);
        } catch (org.springframework.security.access.AccessDeniedException notHers) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        Select<CohortSummary> chooser = CohortChooser.of(cohorts, cohort, LiveClassroomView.class);
        RouterLink nameThisComputer = new RouterLink(getTranslation("live.name-computer"), WorkstationView.class);
        nameThisComputer.addClassName("big-link");
        add(chooser, summary, grid, nameThisComputer);
        if (isAttached()) {
            subscribe(UI.getCurrent());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    private void subscribe(UI ui) {
        unsubscribe();
        if (cohort != null) {
            subscription = live.subscribe(cohort.id(), learners -> ui.access(() -> show(learners)));
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void show(List<LiveLearner> learners) {
        Instant now = clock.instant();
        long needingHelp = learners.stream().filter(l -> !l.helpReasons(now, live.settings()).isEmpty()).count();
        summary.setText(getTranslation("live.summary", learners.size(), needingHelp));
        grid.setItems(learners);
    }

    private String where(LiveLearner learner) {
        if (learner.moduleId() == null) {
            return getTranslation("live.on-home");
        }
        String title = catalogue.module(learner.moduleId()).map(m -> m.title().in(getLocale().getLanguage()))
                .orElse(learner.moduleId());
        return getTranslation("live.on-step", title, learner.stepNumber(), learner.stepCount());
    }

    /** "No Arabic voice on this computer": what her read-aloud control found, for the teacher only. */
    private String missingVoices(LiveLearner learner) {
        Locale teacher = getLocale();
        return live.missingVoices(learner.learnerId()).stream()
                .map(code -> getTranslation("read-aloud.live.no-voice", Locale.forLanguageTag(code)
                        .getDisplayLanguage(teacher)))
                .collect(Collectors.joining(" "));
    }

    private Div helpCell(LiveLearner learner) {
        List<LiveLearner.HelpReason> reasons = learner.helpReasons(clock.instant(), live.settings());
        Div cell = new Div();
        cell.addClassName("live-help");
        if (reasons.isEmpty()) {
            return cell;
        }
        cell.addClassName("needs-help");
        Icon hand = VaadinIcon.HANDS_UP.create();
        hand.getElement().setAttribute("aria-hidden", "true");
        cell.add(hand, new Span(getTranslation("live.needs-help", reasons.stream()
                .map(r -> getTranslation(r.translationKey(), live.settings().wrongTriesForHelp(),
                        live.settings().idleHelpAfter().toMinutes()))
                .collect(Collectors.joining(", ")))));
        Button done = new Button(getTranslation("live.helped"), VaadinIcon.CHECK.create(), click -> {
            if (live.cohort(cohort.id()).stream().anyMatch(l -> l.learnerId() == learner.learnerId())) {
                live.helped(learner.learnerId());
            }
        });
        done.setAriaLabel(getTranslation("live.helped-named", learner.shortName()));
        cell.add(done);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.title");
    }
}
