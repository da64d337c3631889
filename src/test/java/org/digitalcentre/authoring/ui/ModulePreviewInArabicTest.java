package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/** The preview in Arabic shows what an Arabic-speaking learner sees: Arabic only for a module all in Arabic. */
class ModulePreviewInArabicTest extends KaribuTest {

    @BeforeEach
    void anAuthorIsSignedIn() {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
    }

    @Test
    void a_module_with_arabic_texts_is_previewed_in_arabic() {
        open("preview/test-safety");

        chooseArabic();

        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("كلمة السرّ");
        assertThat(title.getElement().getAttribute("lang")).as("Arabic under the author's English interface")
                .isEqualTo("ar");
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getContent()).contains("مرحبًا");
    }

    @Test
    void a_module_without_arabic_is_previewed_in_french_as_a_learner_who_reads_arabic_sees_it() {
        open("preview/test-browsing");

        chooseArabic();

        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("Le navigateur");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(_get(Markdown.class, spec -> spec.withClasses("step-text")).getContent())
                .contains("Vous allez apprendre");
    }

    @SuppressWarnings("unchecked")
    private static void chooseArabic() {
        Select<Locale> language = _get(Select.class);
        _setValue(language, language.getListDataView().getItems()
                .filter(locale -> locale.getLanguage().equals("ar")).findFirst().orElseThrow());
    }
}
