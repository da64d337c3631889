package org.digitalcentre.authoring.ui;

import com.vaadin.flow.component.grid.Grid;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentProblem;
import org.digitalcentre.content.Module;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

class ContentLibraryViewTest extends KaribuTest {

    @Test
    void an_author_sees_the_modules_that_loaded_and_the_mistake_that_kept_one_out() {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");

        open("library");

        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("content-modules"));
        assertThat(_size(modules)).isEqualTo(2);
        assertThat(_getFormattedRow(modules, 0)).contains("The browser", "Browsing the web", "test-browsing", "2");
        assertThat(_getFormattedRow(modules, 1)).contains("The password", "Online safety", "test-safety", "1");
        @SuppressWarnings("unchecked")
        Grid<ContentProblem> problems = _get(Grid.class, spec -> spec.withClasses("content-problems"));
        List<String> problem = _getFormattedRow(problems, 0);
        assertThat(problem.get(0)).isEqualTo("modules/broken-module/module.yaml");
        assertThat(problem.get(1)).contains("title");
        assertThat(problem.get(2)).containsIgnoringCase("english");
    }

    @Test
    void reading_the_files_again_says_what_was_found_and_keeps_showing_the_modules() {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
        open("library");

        clickButton("Read the files again");

        expectNotifications("Files read again: 2 modules, 1 mistake, 0 warnings.");
        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("content-modules"));
        assertThat(_getFormattedRow(modules, 0)).contains("The browser", "Valid");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("No warning.")))
                .isNotNull();
    }

    @Test
    void each_module_has_a_link_to_download_it_as_a_zip() {
        openStaffAccount("alex", Role.AUTHOR);
        signInAsStaff("alex");
        open("library");

        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("content-modules"));
        // Karibu renders grid cells outside the page, so the file itself is checked in ModuleArchiveTest.
        var link = (com.vaadin.flow.component.html.Anchor) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(modules, 0, "download");

        assertThat(link.getText()).isEqualTo("Download");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Download “The browser” as a .zip");
    }

    @Test
    void a_learner_may_not_open_the_library() {
        createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));

        open("library");

        _get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText("Private page"));
        assertThat(currentPath()).isEqualTo("library");
    }
}
