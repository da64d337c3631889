package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.Pages;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * On a shared computer she may be signed out before she checks what she typed (the idle limit, a closed browser):
 * the words she typed in the blanks are kept as she types, and are there when she comes back.
 */
class TypedAnswerKeptTest extends KaribuTest {

    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void theFixturesWithBlanks(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", () -> "src/test/resources/content-fixtures/valid");
    }

    @Test
    void the_words_she_typed_and_did_not_check_are_there_when_she_comes_back() {
        Cohort cohort = createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/browsing-first-steps");
        for (int step = 0; step < 10 && _find(TextField.class, spec -> spec.withClasses("blank")).isEmpty(); step++) {
            Pages.nextSkippingExercises();
        }

        assertThat(_get(TextField.class, spec -> spec.withClasses("blank")).getElement().getStyle()
                .get("--blank-length")).as("the blank is sized for \"address\", its longest answer").isEqualTo("7");
        _setValue(_get(TextField.class, spec -> spec.withClasses("blank")), "adress");
        assertThat(learning.typedDraftOf(cohort.learnerIds()[0], "browsing-first-steps", "complete-address"))
                .contains(List.of("adress"));

        clickButton("I’m done");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/browsing-first-steps");

        assertThat(_get(TextField.class, spec -> spec.withClasses("blank")).getValue()).isEqualTo("adress");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("feedback"))
                .getElement().getAttribute("data-result")).isNull();
    }
}
