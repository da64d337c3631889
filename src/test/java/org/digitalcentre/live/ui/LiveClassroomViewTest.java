package org.digitalcentre.live.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.live.LiveLearner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionDestroyedEvent;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class LiveClassroomViewTest extends KaribuTest {

    @Autowired
    LiveClassroom live;

    private Cohort cohort;

    @BeforeEach
    void aminaAndFatouAreInTheMorningGroup() {
        cohort = createCohort("Morning group", List.of(openStaffAccount("sabine", Role.TEACHER)), "Amina", "Fatou");
    }

    @AfterEach
    void everyoneLeavesTheRoom() {
        for (long learner : cohort.learnerIds()) {
            live.signedOut(learner);
        }
    }

    @Test
    void she_presses_i_need_help_and_her_teacher_sees_it_live_then_lowers_her_hand() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        clickButton("Next");
        clickButton("I need help");
        assertThat(_get(Button.class, spec -> spec.withClasses("help-button")).getText())
                .isEqualTo("The teacher is coming");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("live");

        Grid<LiveLearner> grid = liveGrid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Amina X.", "Unnamed workstation", "“The browser”, step 2 of 4");
        Div help = (Div) _getCellComponent(grid, 0, "help");
        assertThat(help.getElement().getTextRecursively()).contains("Needs help: she asked");
        assertThat(_get(Span.class, spec -> spec.withClasses("live-summary")).getText())
                .isEqualTo("Signed in: 1. Needing help: 1.");

        _click(_get(help, Button.class, spec -> spec.withText("Done")));
        MockVaadin.clientRoundtrip();

        assertThat(((Div) _getCellComponent(liveGrid(), 0, "help")).getElement().getTextRecursively()).isEmpty();
        assertThat(live.isAskingForHelp(cohort.learnerIds()[0])).isFalse();
    }

    @Test
    void once_the_teacher_taps_done_she_can_ask_for_help_again_on_this_step_and_the_next() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        clickButton("Next");
        clickButton("I need help");
        Button help = _get(Button.class, spec -> spec.withClasses("help-button"));
        assertThat(help.isEnabled()).isFalse();

        live.helped(cohort.learnerIds()[0]); // what the teacher's "Done" on the live page does
        MockVaadin.clientRoundtrip();

        assertThat(help.isEnabled()).isTrue();
        assertThat(help.getText()).isEqualTo("I need help");
        clickButton("Next");
        clickButton("I need help");
        assertThat(help.getText()).isEqualTo("The teacher is coming");
        assertThat(live.isAskingForHelp(cohort.learnerIds()[0])).isTrue();
    }

    @Test
    void the_view_updates_by_itself_when_a_learner_arrives_or_gets_stuck() {
        signInAsStaff("sabine");
        open("live");
        assertThat(_size(liveGrid())).isZero();

        live.signedIn(cohort.learnerIds()[1], cohort.id(), "Fatou X.", "Poste 3");
        live.onStep(cohort.learnerIds()[1], "test-browsing", 2, 4, "where-to-type");
        MockVaadin.clientRoundtrip();
        assertThat(_getFormattedRow(liveGrid(), 0)).contains("Fatou X.", "Poste 3");

        for (int i = 0; i < 3; i++) {
            live.answered(cohort.learnerIds()[1], "where-to-type", false);
        }
        MockVaadin.clientRoundtrip();
        assertThat(((Div) _getCellComponent(liveGrid(), 0, "help")).getElement().getTextRecursively())
                .contains("3 wrong tries in a row on one exercise");
    }

    @Test
    void a_learner_whose_session_ends_leaves_the_live_view() {
        live.signedIn(cohort.learnerIds()[0], cohort.id(), "Amina X.", null);
        signInAsStaff("sabine");
        open("live");
        assertThat(_size(liveGrid())).isEqualTo(1);

        SignedIn amina = new SignedIn() {
            public long id() {
                return cohort.learnerIds()[0];
            }

            public String displayName() {
                return "Amina X.";
            }

            public Role role() {
                return Role.LEARNER;
            }
        };
        SecurityContext hers = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(amina, null,
                List.of()));
        live.sessionEnded(new SessionDestroyedEvent(this) {
            @Override
            public List<SecurityContext> getSecurityContexts() {
                return List.of(hers);
            }

            @Override
            public String getId() {
                return "session";
            }
        });
        MockVaadin.clientRoundtrip();

        assertThat(_size(liveGrid())).isZero();
    }

    @Test
    void a_teacher_cannot_watch_another_teachers_room() {
        long nora = openStaffAccount("nora", Role.TEACHER);
        Cohort evening = createCohort("Evening group", List.of(nora), "Leila");
        signInAsStaff("sabine");

        open("live/" + evening.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
    }

    @SuppressWarnings("unchecked")
    private static Grid<LiveLearner> liveGrid() {
        return _get(Grid.class, spec -> spec.withClasses("live-grid"));
    }
}
