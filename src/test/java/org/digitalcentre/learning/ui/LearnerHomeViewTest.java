package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.moduleCard;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class LearnerHomeViewTest extends KaribuTest {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;

    private Cohort cohort;

    @BeforeEach
    void aminaHasStartedTheModuleAndFatouHasNot() {
        cohort = createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina", "Fatou");
        Module module = catalogue.module("test-browsing").orElseThrow();
        long amina = cohort.learnerIds()[0];
        learning.open(amina, module);
        learning.moveTo(amina, module, 1);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("address-bar")), "en", Instant.now(), false);
    }

    @Test
    void her_home_greets_her_offers_to_continue_and_shows_each_module_with_its_status_in_words() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        assertThat(_get(H1.class).getText()).isEqualTo("Hello Amina X.!");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("“The browser”, step 2 of 4")))
                .isNotNull();
        RouterLink card = moduleCard("test-browsing");
        assertThat(card.getElement().getTextRecursively()).contains("The browser").contains("10 min")
                .contains("In progress");
    }

    @Test
    void another_learner_sees_only_her_own_progress() {
        signInByTapping("Morning group", "Fatou X.", codeOf(1));

        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Continue"));
        assertThat(moduleCard("test-browsing").getElement().getTextRecursively())
                .contains("Not started");
        open("my-progress");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("progress-figures"))
                .getElement().getTextRecursively()).contains("Modules done: 0 of 2");
    }

    @Test
    void my_progress_shows_modules_done_and_mastered_with_score_and_time() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        clickButton("Continue");
        clickButton("Next");
        @SuppressWarnings("unchecked")
        var group = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean>) _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(group, false);
        clickButton("Check");

        open("my-progress");

        String figures = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("progress-figures"))
                .getElement().getTextRecursively();
        assertThat(figures).contains("Modules done: 1 of 2").contains("Modules mastered: 0");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Module>) _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains("The browser", "50%");
    }
}
