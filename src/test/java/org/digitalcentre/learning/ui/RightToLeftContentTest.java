package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * On an Arabic (right-to-left) page, a module shown in French is marked dir="ltr" beside lang="fr", so that its
 * sentences start on the left and end with their full stop on the right; a module in Arabic follows the page.
 */
class RightToLeftContentTest extends KaribuTest {

    @BeforeEach
    void aminaIsSignedInWithAnArabicInterface() {
        createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
    }

    @Test
    void a_french_module_in_an_arabic_page_is_written_left_to_right() {
        open("module/test-browsing");

        assertThat(_get(H1.class).getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(_get(Div.class, spec -> spec.withClasses("step")).getElement().getAttribute("dir")).isEqualTo("ltr");
    }

    @Test
    void an_arabic_module_follows_the_page_right_to_left() {
        open("module/test-safety");

        assertThat(_get(H1.class).getElement().hasAttribute("dir")).isFalse();
        assertThat(_get(Div.class, spec -> spec.withClasses("step")).getElement().hasAttribute("dir")).isFalse();
    }
}
