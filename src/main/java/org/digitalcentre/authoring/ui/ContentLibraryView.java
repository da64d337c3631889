package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.Catalogue;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProblem;
import org.digitalcentre.content.Module;

/** For authors: every module that loaded, and every mistake that kept a module out, with its file and field. */
@Route("library")
@Menu(title = "menu.library", icon = "vaadin:book", order = 20)
@RolesAllowed({Role.Names.AUTHOR, Role.Names.ADMIN})
class ContentLibraryView extends Div implements HasDynamicTitle {

    ContentLibraryView(ContentCatalogue catalogue) {
        addClassName("content-library");
        String language = getLocale().getLanguage();
        Catalogue current = catalogue.current();
        add(new H1(getTranslation("library.title")));

        Grid<Module> modules = new Grid<>();
        modules.addClassName("content-modules");
        modules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        modules.setAllRowsVisible(true);
        modules.addColumn(m -> m.title().in(language)).setHeader(getTranslation("library.module")).setFlexGrow(3);
        modules.addColumn(m -> current.topic(m.topicId()).map(t -> t.title().in(language)).orElse(m.topicId()))
                .setHeader(getTranslation("library.topic")).setFlexGrow(2);
        modules.addColumn(Module::id).setHeader(getTranslation("library.id")).setFlexGrow(2);
        modules.addColumn(m -> m.exercises().size()).setHeader(getTranslation("library.exercises"));
        modules.addColumn(Module::version).setHeader(getTranslation("library.version"));
        modules.setItems(current.modules());
        add(modules);

        add(new H2(getTranslation("library.problems")));
        if (current.problems().isEmpty()) {
            add(new Paragraph(getTranslation("library.no-problems")));
        } else {
            Grid<ContentProblem> problems = new Grid<>();
            problems.addClassName("content-problems");
            problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            problems.setAllRowsVisible(true);
            problems.addColumn(ContentProblem::file).setHeader(getTranslation("library.file")).setFlexGrow(2);
            problems.addColumn(ContentProblem::field).setHeader(getTranslation("library.field")).setFlexGrow(1);
            problems.addColumn(ContentProblem::message).setHeader(getTranslation("library.message")).setFlexGrow(3);
            problems.setItems(current.problems());
            add(problems);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }
}
