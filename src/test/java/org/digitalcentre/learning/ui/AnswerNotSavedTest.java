package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.content.Choice;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.AnswerGrader;
import org.digitalcentre.learning.Grade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;

/**
 * When her answer cannot be stored (disk full, database closed or read-only), the exercise says so in her language:
 * not saved yet, press Check again in a moment. Nothing she chose is cleared, no right or wrong is shown as if it were
 * kept, and the same check sent again is saved once the database works. A failure to keep her step or her drafts
 * never breaks the page. The player is driven with a listener whose storage fails on demand.
 */
class AnswerNotSavedTest extends KaribuTest {

    @Autowired
    ContentCatalogue catalogue;

    private final List<String> checkIds = new ArrayList<>();
    private boolean databaseDown;
    private boolean movesFail;
    private Module browsing;

    @BeforeEach
    void theModuleOnItsFirstExercise() {
        browsing = catalogue.module("test-browsing").orElseThrow();
        UI.getCurrent().add(new ModulePlayer(browsing, "en", 1, Map.of(), 0, Clock.systemUTC(),
                new ModulePlayer.Listener() {
                    @Override
                    public void moved(int stepIndex) {
                        if (movesFail) {
                            throw new CannotCreateTransactionException("Database may be already in use");
                        }
                    }

                    @Override
                    public Grade answered(Exercise exercise, Answer answer, Instant shownAt, boolean hintUsed,
                                          String checkId) {
                        checkIds.add(checkId);
                        if (databaseDown) {
                            throw new DataAccessResourceFailureException("Database is already closed");
                        }
                        return AnswerGrader.grade(exercise, answer, "en");
                    }

                    @Override
                    public Component finished() {
                        return new Div();
                    }
                }));
    }

    @Test
    void an_answer_that_could_not_be_saved_says_so_stays_in_the_page_and_is_saved_when_she_checks_again() {
        choose("address-bar");
        databaseDown = true;

        clickButton("Check");

        Div feedback = feedback();
        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("not-saved");
        assertThat(feedback.getElement().getTextRecursively())
                .contains("Your answer is not saved yet.", "Press “Check” again in a moment.")
                .doesNotContain("Right", "Not quite", "Exception", "closed");
        assertThat(_find(feedback, Icon.class)).as("a warning icon").hasSize(1);
        assertThat(choices().getValue().id()).as("her choice is still there").isEqualTo("address-bar");

        databaseDown = false;
        clickButton("Check");

        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("right");
        assertThat(checkIds).hasSize(2).as("sent again as the same check, stored once").containsOnly(checkIds.get(0));
        assertThat(feedback.getElement().getAttribute("data-check")).isEqualTo(checkIds.get(0));
    }

    @Test
    void the_same_answer_checked_again_is_the_same_check_and_a_changed_answer_is_a_new_one() {
        choose("page");
        clickButton("Check");
        clickButton("Check");
        choose("address-bar");
        clickButton("Check");
        choose("page");
        clickButton("Check");

        assertThat(checkIds).hasSize(4);
        assertThat(checkIds.get(1)).as("a double-click").isEqualTo(checkIds.get(0));
        assertThat(checkIds.get(2)).as("a changed answer").isNotEqualTo(checkIds.get(1));
        assertThat(checkIds.get(3)).as("changed back: a new answer composed").isNotIn(checkIds.subList(0, 3));
    }

    @Test
    void a_step_that_could_not_be_kept_does_not_break_the_page() {
        movesFail = true;

        clickButton("Next");

        assertThat(_get(Div.class, spec -> spec.withClasses("step")).getElement().getAttribute("data-step"))
                .isEqualTo("padlock");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Choice> choices() {
        return _get(RadioButtonGroup.class, spec -> spec.withClasses("choices"));
    }

    private void choose(String choiceId) {
        RadioButtonGroup<Choice> group = choices();
        _setValue(group, group.getListDataView().getItems().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow());
    }

    private Div feedback() {
        return _get(Div.class, spec -> spec.withClasses("feedback"));
    }
}
