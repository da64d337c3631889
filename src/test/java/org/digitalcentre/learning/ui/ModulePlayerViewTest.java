package org.digitalcentre.learning.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.Choice;
import org.digitalcentre.learning.AttemptRecord;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.moduleCard;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class ModulePlayerViewTest extends KaribuTest {

    @Autowired
    LearningService learning;

    private Cohort cohort;

    @BeforeEach
    void aminaIsSignedIn() {
        cohort = createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
    }

    @Test
    void a_wrong_answer_says_why_and_she_can_try_again_until_it_is_right() {
        open("module/test-browsing");
        assertThat(stepText()).contains("You will learn to go to a website");
        clickButton("Next");

        chooseRadio("In the middle of the page");
        clickButton("Check");
        assertThat(feedback().getElement().getAttribute("data-result")).isEqualTo("wrong");
        assertThat(feedback().getElement().getTextRecursively()).contains("Not quite");
        assertThat(_get(feedback(), Markdown.class).getContent()).isEqualTo("No: the address goes at the very top.");

        chooseRadio("In the address bar");
        clickButton("Check");
        assertThat(feedback().getElement().getAttribute("data-result")).isEqualTo("right");
        assertThat(feedback().getElement().getTextRecursively()).contains("Right!");
        assertThat(_get(feedback(), Markdown.class).getContent()).isEqualTo("Yes, at the very top.");

        List<AttemptRecord> attempts = learning.attemptsOf(cohort.learnerIds()[0]);
        assertThat(attempts).hasSize(2);
        AttemptRecord first = attempts.get(1);
        assertThat(first.exerciseId()).isEqualTo("where-to-type");
        assertThat(first.moduleId()).isEqualTo("test-browsing");
        assertThat(first.contentVersion()).hasSize(12);
        assertThat(first.correct()).isFalse();
        assertThat(first.firstTry()).isTrue();
        assertThat(first.answerJson()).contains("page");
        assertThat(attempts.get(0).correct()).isTrue();
        assertThat(attempts.get(0).firstTry()).isFalse();
        assertThat(attempts.get(0).score()).isEqualTo(100);
    }

    @Test
    void checking_without_an_answer_asks_for_one_and_records_nothing() {
        open("module/test-browsing");
        clickButton("Next");

        clickButton("Check");

        assertThat(feedback().getElement().getTextRecursively()).contains("Choose an answer first.");
        assertThat(learning.attemptsOf(cohort.learnerIds()[0])).isEmpty();
    }

    @Test
    void she_leaves_and_comes_back_to_the_same_step_with_her_answer() {
        open("module/test-browsing");
        clickButton("Next");
        chooseRadio("In the middle of the page");
        clickButton("Check");
        clickButton("Next");

        clickButton("I’m done");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        clickButton("Continue");

        assertThat(currentPath()).isEqualTo("module/test-browsing");
        assertThat(stepCounter()).isEqualTo("Step 3 of 4");
        clickButton("Back");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> choices = _get(RadioButtonGroup.class);
        assertThat(choices.getValue().id()).isEqualTo("page");
        assertThat(feedback().getElement().getAttribute("data-result")).isEqualTo("wrong");
    }

    @Test
    void finishing_every_exercise_right_the_first_time_masters_the_module() {
        open("module/test-browsing");
        clickButton("Next");
        chooseRadio("In the address bar");
        clickButton("Check");
        clickButton("Next");
        chooseRadio("True");
        clickButton("Check");
        clickButton("Next");
        clickButton("Finish");

        assertThat(_get(Div.class, spec -> spec.withClasses("finish")).getElement().getTextRecursively())
                .contains("Well done, module finished!").contains("2 right at the first try, out of 2.");
        clickButton("Back to my home");
        assertThat(_get(moduleCard("test-browsing"), Div.class, spec -> spec.withClasses("status-badge")).getElement()
                .getTextRecursively())
                .isEqualTo("Mastered");
    }

    @Test
    void check_is_the_main_action_and_next_before_checking_asks_once_whether_to_skip() {
        open("module/test-browsing");
        assertThat(nextButton().getThemeNames()).as("a text step: Next is the way on").contains("primary");
        clickButton("Next");

        Button check = _get(Button.class, spec -> spec.withClasses("check-button"));
        assertThat(check.getThemeNames()).contains("primary");
        assertThat(nextButton().getThemeNames()).as("an exercise not checked: Check is the way on")
                .doesNotContain("primary");
        clickButton("Next");
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Skip this exercise?");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(stepCounter()).as("No: she stays to check it").isEqualTo("Step 2 of 4");

        clickButton("Next");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(stepCounter()).isEqualTo("Step 3 of 4");
        clickButton("Back");
        clickButton("Next");
        assertThat(stepCounter()).as("asked once for this exercise").isEqualTo("Step 3 of 4");

        chooseRadio("True");
        clickButton("Check");
        assertThat(nextButton().getThemeNames()).as("checked: Next is the way on again").contains("primary");
        clickButton("Next");
        assertThat(stepCounter()).isEqualTo("Step 4 of 4");
    }

    @Test
    void the_end_of_a_module_clicked_through_lists_the_exercises_not_done_and_opens_each() {
        open("module/test-browsing");
        clickButton("Next");
        clickButton("Next");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        clickButton("Next");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        clickButton("Finish");

        assertThat(_get(Div.class, spec -> spec.withClasses("finish")).getElement().getTextRecursively())
                .contains("2 exercises are left to do. Tap an exercise to open it:");
        assertThat(_find(Button.class, spec -> spec.withClasses("open-exercise"))).extracting(Button::getText)
                .containsExactly("Step 2: Where do you type the address?",
                        "Step 3: The padlock means: encrypted connection.");

        _click(_get(Button.class, spec -> spec.withClasses("open-exercise")
                .withText("Step 3: The padlock means: encrypted connection.")));

        assertThat(stepCounter()).isEqualTo("Step 3 of 4");
        assertThat(_get(Div.class, spec -> spec.withClasses("exercise")).getElement().getAttribute("data-exercise"))
                .isEqualTo("padlock");
        chooseRadio("True");
        clickButton("Check");
        clickButton("Next");
        clickButton("Finish");
        assertThat(_find(Button.class, spec -> spec.withClasses("open-exercise"))).extracting(Button::getText)
                .containsExactly("Step 2: Where do you type the address?");
    }

    @Test
    void an_unknown_module_leads_back_home() {
        open("module/no-such-module");

        assertThat(currentPath()).isEqualTo("home");
    }

    private void chooseRadio(String label) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> group = _get(RadioButtonGroup.class);
        Object item = group.getListDataView().getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(label)).findFirst().orElseThrow();
        _setValue(group, item);
    }

    private Div feedback() {
        return _get(Div.class, spec -> spec.withClasses("feedback"));
    }

    private String stepText() {
        return _get(Markdown.class, spec -> spec.withClasses("step-text")).getContent();
    }

    private static Button nextButton() {
        return _get(Button.class, spec -> spec.withClasses("next-button"));
    }

    private String stepCounter() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("step-counter")).getText();
    }
}
