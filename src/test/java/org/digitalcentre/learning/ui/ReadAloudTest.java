package org.digitalcentre.learning.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.ui.ReadAloud;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.live.LiveLearner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/** What "Listen" is given to read: the server marks it, in the page's order and with each text's language. */
class ReadAloudTest extends KaribuTest {

    @Autowired
    LiveClassroom live;

    private Cohort cohort;

    @BeforeEach
    void aminaIsInTheMorningGroup() {
        cohort = createCohort("Morning group", List.of(openStaffAccount("sabine", Role.TEACHER)), "Amina");
    }

    @AfterEach
    void sheLeavesTheRoom() {
        live.signedOut(cohort.learnerIds()[0]);
    }

    @Test
    void listen_reads_the_question_then_each_choice_then_the_feedback_in_the_content_language() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        assertThat(read()).hasSize(1).first().asString().startsWith("en: ## Welcome").contains("You will learn");
        clickButton("Next");

        assertThat(read()).containsExactly("en: Where do you type the address?", "en: In the address bar",
                "en: In the middle of the page");
        ReadAloud control = _get(ReadAloud.class);
        assertThat(control.getElement().getAttribute("listen-label")).isEqualTo("Listen");
        assertThat(control.getElement().getAttribute("stop-label")).isEqualTo("Stop");
        assertThat(control.getElement().getAttribute("slower-label")).isEqualTo("Slower");
        assertThat(control.getElement().hasAttribute("automatic")).isFalse();

        chooseRadio("In the middle of the page");
        clickButton("Check");
        assertThat(read()).containsExactly("en: Where do you type the address?", "en: In the address bar",
                "en: In the middle of the page", "en: Not quite.", "en: No: the address goes at the very top.",
                "en: You can change your answer and check again.");
    }

    @Test
    void each_choice_has_its_own_speaker_named_after_it() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        clickButton("Next");

        List<Button> speakers = _find(Button.class, spec -> spec.withClasses("read-aloud-choice"));
        assertThat(speakers).extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("Listen: In the address bar", "Listen: In the middle of the page");
        assertThat(speakers).extracting(b -> b.getElement().getAttribute("data-read-choice"))
                .containsExactly("In the address bar", "In the middle of the page");
        assertThat(speakers).extracting(b -> b.getElement().getAttribute("data-read-lang")).containsOnly("en");
    }

    @Test
    void every_learner_screen_and_the_sign_in_screens_have_the_control_and_read_their_heading() {
        open("");
        assertThat(_find(ReadAloud.class)).hasSize(1);
        assertThat(read()).first().asString().contains("Tap your group");

        signInByTapping("Morning group", "Amina X.", codeOf(0));
        assertThat(_find(ReadAloud.class)).hasSize(1);
        assertThat(read()).first().asString().contains("Amina");

        open("my-progress");
        assertThat(_find(ReadAloud.class)).hasSize(1);
        assertThat(read()).first().asString().contains("My progress");
    }

    @Test
    void the_teacher_switches_reading_aloud_automatically_on_and_her_steps_are_then_read_as_they_open() {
        long amina = cohort.learnerIds()[0];
        signInAsStaff("sabine");
        open("learner/" + amina);
        Checkbox automatic = _get(Checkbox.class, spec -> spec.withLabel("Read aloud automatically"));
        assertThat(automatic.getValue()).isFalse();

        _setValue(automatic, true);

        assertThat(classroom.readsAloudAutomatically(amina)).isTrue();
        open("learner/" + amina);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Read aloud automatically")).getValue()).isTrue();

        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        assertThat(_get(ReadAloud.class).getElement().hasAttribute("automatic")).isTrue();
    }

    @Test
    void a_teacher_of_another_group_may_not_switch_it() {
        long otherId = openStaffAccount("other", Role.TEACHER);
        SignedIn other = new SignedIn() {
            public long id() {
                return otherId;
            }

            public String displayName() {
                return "Other";
            }

            public Role role() {
                return Role.TEACHER;
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        classroom.setReadAloudAutomatically(other, cohort.learnerIds()[0], true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(classroom.readsAloudAutomatically(cohort.learnerIds()[0])).isFalse();
    }

    @Test
    void no_voice_on_her_computer_is_shown_to_the_teacher_on_her_row_and_not_to_her() {
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        ReadAloud control = _get(ReadAloud.class);
        String before = _get(com.vaadin.flow.component.html.Main.class).getElement().getTextRecursively();

        JsonObject data = Json.createObject();
        data.put("event.detail.lang", "ar");
        control.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(control.getElement(), "no-voice", data));

        assertThat(_get(com.vaadin.flow.component.html.Main.class).getElement().getTextRecursively())
                .isEqualTo(before);
        assertThat(live.missingVoices(cohort.learnerIds()[0])).containsExactly("ar");

        SecurityContextHolder.clearContext();
        signInAsStaff("sabine");
        open("live");
        MockVaadin.clientRoundtrip();
        @SuppressWarnings("unchecked")
        Grid<LiveLearner> grid = _get(Grid.class, spec -> spec.withClasses("live-grid"));
        assertThat(_getFormattedRow(grid, 0)).contains("Amina X.", "No Arabic voice on this computer.");
    }

    /** The marked elements of the control's scope, in the page's order, as "language: text". */
    private static List<String> read() {
        ReadAloud control = _get(ReadAloud.class);
        Element scope = control.getElement();
        while (scope.getParent() != null && !scope.hasAttribute("data-read-scope")) {
            scope = scope.getParent();
        }
        List<String> said = new ArrayList<>();
        collect(scope, said);
        return said;
    }

    private static void collect(Element element, List<String> said) {
        if (element.hasAttribute("data-read")) {
            said.add(languageOf(element) + ": " + textOf(element));
            return;
        }
        element.getChildren().forEach(child -> collect(child, said));
    }

    private static String languageOf(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return null;
    }

    private static String textOf(Element element) {
        if (element.hasAttribute("data-read-text")) {
            return element.getAttribute("data-read-text");
        }
        Component component = element.getComponent().orElse(null);
        if (component instanceof Markdown markdown) {
            return markdown.getContent().trim();
        }
        return element.getTextRecursively().trim();
    }

    private void chooseRadio(String label) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> group = _get(RadioButtonGroup.class);
        Object item = group.getListDataView().getItems()
                .filter(i -> group.getItemLabelGenerator().apply(i).equals(label)).findFirst().orElseThrow();
        _setValue(group, item);
    }
}
