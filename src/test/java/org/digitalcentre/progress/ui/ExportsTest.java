package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

class ExportsTest extends KaribuTest {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;

    private Cohort cohort;

    @BeforeEach
    void aïchaHasDoneTheModuleWithOneMistake() {
        cohort = createCohort("Groupe d’été", List.of(openStaffAccount("sabine", Role.TEACHER)), "Aïcha", "Hélène");
        Module module = catalogue.module("test-browsing").orElseThrow();
        long aicha = cohort.learnerIds()[0];
        learning.open(aicha, module);
        learning.answer(aicha, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("page")), "en", Instant.now(), false);
        learning.answer(aicha, module, module.exercise("padlock").orElseThrow(), new Answer.TrueOrFalse(true), "en",
                Instant.now(), false);
        signInAsStaff("sabine");
    }

    @Test
    void the_csv_opens_in_calc_and_excel_with_its_accents_and_the_figures_of_the_grid() {
        open("cohort-progress");

        byte[] file = _download(_get(Anchor.class, spec -> spec.withClasses("export-csv")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("Learner;Module;Topic;Status;Score (%);Exercises done;"
                + "Exercises in the module;Right at the first try;Minutes");
        assertThat(lines).contains("Aïcha X.;The browser;Browsing the web;Done;50;2;2;1;0",
                "Aïcha X.;The password;Online safety;Not started;0;0;1;0;0",
                "Hélène X.;The browser;Browsing the web;Not started;0;0;2;0;0");
        assertThat(lines).as("a header, then one line per learner and module").hasSize(1 + 2 * 2);
    }

    @Test
    void the_printable_cohort_report_lists_each_learner_and_each_module() {
        open("report/cohort/" + cohort.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Progress report: Groupe d’été");
        List<NativeTable> tables = _find(NativeTable.class);
        assertThat(tables).hasSize(2);
        String byLearner = tables.get(0).getElement().getTextRecursively();
        assertThat(byLearner).contains("Aïcha X.").contains("50%").contains("Hélène X.");
        assertThat(tables.get(1).getElement().getTextRecursively()).contains("The browser");
    }

    @Test
    void the_printable_learner_report_has_her_modules_and_competences_but_not_the_private_notes() {
        open("report/learner/" + cohort.learnerIds()[0]);

        assertThat(_get(H1.class).getText()).isEqualTo("Progress report: Aïcha X.");
        String text = _find(NativeTable.class).stream().map(t -> t.getElement().getTextRecursively())
                .reduce("", String::concat);
        assertThat(text).contains("The browser").contains("Done").contains("1.1");
        assertThat(text).doesNotContain("Team notes");
    }

    @Test
    void another_teacher_gets_neither_the_report_nor_the_learners_report() {
        openStaffAccount("nora", Role.TEACHER);
        signInAsStaff("nora");

        open("report/cohort/" + cohort.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        open("report/learner/" + cohort.learnerIds()[0]);
        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
    }
}
