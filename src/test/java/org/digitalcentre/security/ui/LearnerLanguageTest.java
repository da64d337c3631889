package org.digitalcentre.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.LearnerDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.typeCode;

/**
 * Her language is hers: chosen by tapping its own name (Français, English, العربية) on the sign-in screens or her
 * home, remembered for her and spoken again the next time she signs in, on any computer; Arabic turns the page right
 * to left; her teachers see it.
 */
class LearnerLanguageTest extends KaribuTest {

    @Autowired
    ClassroomService classroom;

    private Cohort cohort;

    @BeforeEach
    void aCohort() {
        long teacher = openStaffAccount("teacher", Role.TEACHER);
        cohort = createCohort("Morning group", List.of(teacher), "Amina", "Fatou");
    }

    @Test
    void every_sign_in_screen_offers_each_language_by_its_own_name() {
        open("");
        assertThat(languageButtons()).containsExactly("Français", "English", "العربية");
        clickButton("Morning group");
        assertThat(languageButtons()).containsExactly("Français", "English", "العربية");
        clickButton("Amina X.");
        assertThat(languageButtons()).containsExactly("Français", "English", "العربية");
    }

    @Test
    void arabic_tapped_before_her_first_sign_in_is_remembered_for_her_and_turns_the_page_right_to_left() {
        open("");
        clickButton("العربية");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(_get(H1.class).getText()).isEqualTo("مرحبًا! اضغطي على مجموعتكِ.");

        clickButton("Morning group");
        clickButton("Amina X.");
        typeCode(codeOf(0));

        assertThat(currentPath()).isEqualTo("home");
        assertThat(classroom.languageOf(cohort.learnerIds()[0])).contains("ar");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void her_remembered_language_comes_back_when_she_signs_in_on_a_screen_in_another_language() {
        classroom.rememberLanguage(cohort.learnerIds()[0], "ar");
        open("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        clickButton("Morning group");
        clickButton("Amina X.");
        typeCode(codeOf(0));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UI.getCurrent().getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(classroom.languageOf(cohort.learnerIds()[0])).contains("ar");
    }

    @Test
    void a_language_tapped_by_the_last_woman_on_the_first_screen_does_not_change_hers() {
        classroom.rememberLanguage(cohort.learnerIds()[0], "fr");
        open("");
        clickButton("English");
        clickButton("Morning group");
        clickButton("Amina X.");
        typeCode(codeOf(0));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(classroom.languageOf(cohort.learnerIds()[0])).contains("fr");
    }

    @Test
    void a_language_tapped_on_her_own_code_screen_becomes_hers() {
        classroom.rememberLanguage(cohort.learnerIds()[0], "fr");
        open("");
        clickButton("Morning group");
        clickButton("Amina X.");
        clickButton("العربية");
        typeCode(codeOf(0));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(classroom.languageOf(cohort.learnerIds()[0])).contains("ar");
    }

    @Test
    void a_language_tapped_on_her_home_is_remembered_for_her() {
        VaadinSession.getCurrent().setAttribute(Locale.class, null); // nobody chose a language at this workstation
        open("");
        clickButton("Morning group");
        clickButton("Amina X.");
        typeCode(codeOf(0));
        assertThat(classroom.languageOf(cohort.learnerIds()[0])).isEmpty();

        clickButton("English");

        assertThat(classroom.languageOf(cohort.learnerIds()[0])).contains("en");
        assertThat(_get(H1.class).getText()).isEqualTo("Hello Amina X.!");
    }

    @Test
    void her_teachers_see_her_language_in_the_list_of_the_group() {
        classroom.rememberLanguage(cohort.learnerIds()[0], "ar");
        SecurityContextHolder.clearContext();
        signInAsStaff("teacher");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("cohorts/" + cohort.id() + "/learners");

        @SuppressWarnings("unchecked")
        Grid<LearnerDetails> grid = _get(Grid.class, spec -> spec.withClasses("learner-list"));
        assertThat(_getFormattedRow(grid, 0)).contains("العربية");
        assertThat(_getFormattedRow(grid, 1)).contains("Not chosen");
    }

    private static List<String> languageButtons() {
        return _find(Button.class, spec -> spec.withClasses("big-button")).stream()
                .filter(button -> button.getParent().map(p -> p.hasClassName("language-picker")).orElse(false))
                .map(Button::getText).toList();
    }
}
