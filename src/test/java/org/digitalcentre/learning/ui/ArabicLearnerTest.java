package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.moduleCard;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * A learner whose interface is in Arabic: a module with every text in Arabic is shown in Arabic; a module without
 * Arabic is shown all in French, marked lang="fr" for screen readers and read-aloud (content/README.md, "Arabic
 * texts"). The fixture test-safety has Arabic texts, test-browsing has none.
 */
class ArabicLearnerTest extends KaribuTest {

    @BeforeEach
    void aminaIsSignedInWithAnArabicInterface() {
        createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
    }

    @Test
    void a_module_with_arabic_texts_is_shown_in_arabic() {
        open("module/test-safety");

        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("كلمة السرّ");
        assertThat(title.getElement().hasAttribute("lang")).as("the page's own language").isFalse();
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getContent())
                .contains("ستتعلّمين كيف تحفظين كلمة السرّ سرّية.");
        assertThat(stepArea().getElement().hasAttribute("lang")).isFalse();
    }

    @Test
    void a_module_without_arabic_is_shown_in_french_marked_as_french() {
        open("module/test-browsing");

        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("Le navigateur");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(stepArea().getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getContent())
                .contains("Vous allez apprendre");
    }

    @Test
    void her_home_shows_each_module_title_in_the_language_the_module_is_shown_in() {
        open("module/test-safety");
        open("home"); // built afresh, now in her Arabic interface

        Span arabic = _get(moduleCard("test-safety"), Span.class, spec -> spec.withClasses("module-title"));
        assertThat(arabic.getText()).isEqualTo("كلمة السرّ");
        assertThat(arabic.getElement().hasAttribute("lang")).isFalse();
        Span french = _get(moduleCard("test-browsing"), Span.class, spec -> spec.withClasses("module-title"));
        assertThat(french.getText()).isEqualTo("Le navigateur");
        assertThat(french.getElement().getAttribute("lang")).isEqualTo("fr");
        Span safety = _get(Span.class, spec -> spec.withText("الأمان على الإنترنت"));
        assertThat(safety.getElement().hasAttribute("lang")).isFalse();
        Span browsing = _get(Span.class, spec -> spec.withText("Naviguer sur Internet"));
        assertThat(browsing.getElement().getAttribute("lang")).as("a topic without an Arabic title").isEqualTo("fr");
    }

    private static Div stepArea() {
        return _get(Div.class, spec -> spec.withClasses("step"));
    }
}
