package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.Translations;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.AnswerGrader;
import org.digitalcentre.learning.Grade;
import org.digitalcentre.learning.ui.ModulePlayer;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A module exactly as a learner sees it, in either language, with a "low-literacy view" (larger text and more
 * space). Answers are graded for the author to see the feedback, and never recorded as anyone's attempt.
 */
@Route("preview/:moduleId")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
class ModulePreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ContentCatalogue catalogue;
    private final Clock clock;
    private final Div playerArea = new Div();
    private final Select<Locale> language = new Select<>();
    private final Checkbox lowLiteracy = new Checkbox();
    private Module module;

    ModulePreviewView(ContentCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
        addClassName("module-preview");
        language.setLabel(getTranslation("preview.language"));
        language.setItems(Translations.locales());
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.addValueChangeListener(change -> showPlayer());
        lowLiteracy.setLabel(getTranslation("preview.low-literacy"));
        lowLiteracy.addValueChangeListener(change -> playerArea.setClassName("low-literacy", change.getValue()));
        Paragraph notice = new Paragraph(VaadinIcon.EYE.create(),
                new Span(getTranslation("preview.notice")));
        notice.addClassName("preview-notice");
        Div controls = new Div(language, lowLiteracy);
        controls.addClassName("toolbar");
        add(notice, controls, playerArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Module> found = event.getRouteParameters().get("moduleId").flatMap(catalogue::module);
        if (found.isEmpty()) {
            event.forwardTo(ContentLibraryView.class);
            return;
        }
        module = found.get();
        language.setValue(Translations.supported(getLocale()));
        showPlayer();
    }

    private void showPlayer() {
        if (module == null || language.getValue() == null) {
            return;
        }
        // As a learner with this language sees it: in French when the module is not all in that language.
        String lang = module.textLanguage(language.getValue().getLanguage());
        playerArea.removeAll();
        playerArea.add(new ModulePlayer(module, lang, 0, Map.of(), 0, clock, new ModulePlayer.Listener() {
            @Override
            public void moved(int stepIndex) {
                // A preview remembers nothing.
            }

            @Override
            public Grade answered(Exercise exercise, Answer answer, Instant shownAt, boolean hintUsed,
                                  String checkId) {
                return AnswerGrader.grade(exercise, answer, lang);
            }

            @Override
            public Component finished() {
                Button back = new Button(getTranslation("preview.back"), VaadinIcon.ARROW_LEFT.create(),
                        click -> getUI().ifPresent(ui -> ui.navigate(ContentLibraryView.class)));
                Div end = new Div(new Paragraph(getTranslation("preview.end")), back);
                end.addClassName("finish");
                return end;
            }
        }));
    }

    @Override
    public String getPageTitle() {
        return module == null ? getTranslation("library.page-title")
                : getTranslation("preview.title", module.title().in(module.textLanguage(getLocale().getLanguage())));
    }
}
