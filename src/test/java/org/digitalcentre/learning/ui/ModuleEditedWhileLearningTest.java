package org.digitalcentre.learning.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.Choice;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/** An author changes a module while a learner is in it: she keeps her step, her answers and her results. */
class ModuleEditedWhileLearningTest extends KaribuTest {

    private static final Path CONTENT = copyOfTheFixtures();

    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    LearningService learning;

    @DynamicPropertySource
    static void itsOwnContentFolder(DynamicPropertyRegistry registry) {
        registry.add("digitalcentre.content.folder", CONTENT::toString);
    }

    @Test
    void a_reload_in_the_middle_of_her_module_loses_nothing() throws IOException {
        Cohort cohort = createCohort("Morning group", List.of(openStaffAccount("teacher", Role.TEACHER)), "Amina");
        signInByTapping("Morning group", "Amina X.", codeOf(0));
        open("module/test-browsing");
        clickButton("Next");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> choices = _get(RadioButtonGroup.class);
        _setValue(choices, choices.getListDataView().getItems().filter(c -> c.id().equals("page")).findFirst()
                .orElseThrow());
        clickButton("Check");
        String versionBefore = catalogue.module("test-browsing").orElseThrow().version();

        Path yaml = CONTENT.resolve("modules/test-browsing/module.yaml");
        Files.writeString(yaml, Files.readString(yaml, StandardCharsets.UTF_8)
                .replace("\"Look at the top.\"", "\"Look at the very top of the window.\""), StandardCharsets.UTF_8);
        catalogue.reload();
        assertThat(catalogue.module("test-browsing").orElseThrow().version()).isNotEqualTo(versionBefore);

        clickButton("Next");
        open("home");
        open("module/test-browsing");

        assertThat(currentPath()).isEqualTo("module/test-browsing");
        assertThat(_get(Span.class, spec -> spec.withClasses("step-counter")).getText()).isEqualTo("Step 3 of 4");
        clickButton("Back");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Choice> again = _get(RadioButtonGroup.class);
        assertThat(again.getValue().id()).isEqualTo("page");
        assertThat(learning.attemptsOf(cohort.learnerIds()[0])).singleElement()
                .satisfies(attempt -> assertThat(attempt.contentVersion()).isEqualTo(versionBefore));
    }

    private static Path copyOfTheFixtures() {
        try {
            Path folder = Files.createTempDirectory("edited-content");
            FileSystemUtils.copyRecursively(Path.of("src/test/resources/content-fixtures/ui"), folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
