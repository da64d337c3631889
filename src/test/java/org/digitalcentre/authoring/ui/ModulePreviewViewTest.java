package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.ui.ReadAloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class ModulePreviewViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void anAuthorIsSignedIn() {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
    }

    @Test
    void the_author_sees_the_module_as_a_learner_with_feedback_and_nothing_is_recorded() {
        long attemptsBefore = jdbc.queryForObject("select count(*) from attempt", Long.class);
        open("preview/test-browsing");

        assertThat(_get(H1.class).getText()).isEqualTo("The browser");
        clickButton("Next");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> choices = _get(RadioButtonGroup.class);
        Object wrong = choices.getListDataView().getItems()
                .filter(i -> choices.getItemLabelGenerator().apply(i).equals("In the middle of the page"))
                .findFirst().orElseThrow();
        _setValue(choices, wrong);
        clickButton("Check");

        Div feedback = _get(Div.class, spec -> spec.withClasses("feedback"));
        assertThat(feedback.getElement().getAttribute("data-result")).isEqualTo("wrong");
        assertThat(_get(feedback, Markdown.class).getContent()).isEqualTo("No: the address goes at the very top.");
        assertThat(jdbc.queryForObject("select count(*) from attempt", Long.class)).isEqualTo(attemptsBefore);
        assertThat(jdbc.queryForObject("select count(*) from module_progress", Long.class)).isZero();
    }

    @Test
    void the_preview_switches_language_and_to_the_easy_reading_view() {
        open("preview/test-browsing");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, Locale.FRENCH);
        assertThat(_get(H1.class).getText()).isEqualTo("Le navigateur");
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getContent()).contains("Bienvenue");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel(
                "“Easy reading” view (larger text, read aloud where recorded)")), true);
        assertThat(_get(H1.class).getParent().orElseThrow().getParent().orElseThrow().getElement()
                .getClassList()).contains("low-literacy");
    }

    @Test
    void a_step_recorded_in_french_is_read_aloud_in_french_only() {
        open("preview/test-browsing");
        assertThat(_get(ReadAloud.class).getElement().getChildren().filter(c -> c.getTag().equals("audio")))
                .isEmpty();

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, Locale.FRENCH);
        // The recording goes into the one "Listen" control, and says the step's text instead of a voice.
        ReadAloud listen = _get(ReadAloud.class);
        assertThat(listen.getElement().getAttribute("listen-label")).isEqualTo("Listen in French");
        Element audio = listen.getElement().getChildren()
                .filter(child -> child.getTag().equals("audio")).findFirst().orElseThrow();
        assertThat(audio.getAttribute("src")).isNotBlank();
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getElement()
                .hasAttribute("data-read-recorded")).isTrue();

        clickButton("Next");
        assertThat(_get(ReadAloud.class).getElement().getChildren().filter(c -> c.getTag().equals("audio")))
                .isEmpty();
    }

    @Test
    void an_unknown_module_leads_back_to_the_library() {
        open("preview/no-such-module");

        assertThat(currentPath()).isEqualTo("library");
    }

    @Test
    void a_learner_may_not_preview() {
        createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        open("preview/test-browsing");

        assertThat(_get(H1.class).getText()).isIn("Private page", "Page not found");
    }
}
