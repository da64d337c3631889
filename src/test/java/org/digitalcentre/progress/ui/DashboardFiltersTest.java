package org.digitalcentre.progress.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.Answer;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.progress.CohortGrid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.open;

/** The dashboard's filters: a topic keeps that topic's modules, a week keeps the modules the plan puts in it. */
class DashboardFiltersTest extends KaribuTest {

    private static final String NO_MODULE = "No module for this choice.";

    @Autowired
    CohortPlanService plans;
    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;

    private Cohort mine;

    @BeforeEach
    void aminaAnsweredTheBrowserModule() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        mine = createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        Module module = catalogue.module("test-browsing").orElseThrow();
        long amina = mine.learnerIds()[0];
        learning.open(amina, module);
        learning.answer(amina, module, module.exercise("where-to-type").orElseThrow(),
                new Answer.Choices(Set.of("address-bar")), "en", Instant.now().minusSeconds(30), false);
    }

    @Test
    void every_module_shows_before_any_filter_is_chosen() {
        signInAsStaff("sabine");
        open("cohort-progress");

        assertThat(selectLabelled("Topic").getValue()).isNull();
        assertThat(labelOf(selectLabelled("Week"), selectLabelled("Week").getValue())).isEqualTo("All weeks");
        assertThat(grid().getColumnByKey("test-browsing")).isNotNull();
        assertThat(((Div) _getCellComponent(grid(), 0, "test-browsing")).getElement().getTextRecursively())
                .contains("In progress");
        _assertNone(Paragraph.class, spec -> spec.withText(NO_MODULE));
    }

    @Test
    void a_topic_keeps_only_its_own_modules_columns() {
        signInAsStaff("sabine");
        open("cohort-progress");

        choose("Topic", "Online safety");

        assertThat(grid().getColumnByKey("test-browsing")).isNull();
        assertThat(grid().getColumnByKey("test-safety")).isNotNull();
        _assertNone(Paragraph.class, spec -> spec.withText(NO_MODULE));
        assertThat(_size(grid())).isEqualTo(2);
    }

    @Test
    void the_modules_topic_keeps_its_column() {
        signInAsStaff("sabine");
        open("cohort-progress");
        choose("Topic", "Online safety");

        choose("Topic", "Browsing the web");

        assertThat(grid().getColumnByKey("test-browsing")).isNotNull();
        assertThat(((Div) _getCellComponent(grid(), 0, "test-browsing")).getElement().getTextRecursively())
                .contains("In progress");
        _assertNone(Paragraph.class, spec -> spec.withText(NO_MODULE));
    }

    @Test
    void a_week_shows_only_the_modules_the_plan_puts_in_it() {
        plans.addToWeek(staff("sabine"), mine.id(), 1, "test-browsing");
        signInAsStaff("sabine");
        open("cohort-progress");

        choose("Week", "Week 1");

        assertThat(grid().getColumnByKey("test-browsing")).isNotNull();
        _assertNone(Paragraph.class, spec -> spec.withText(NO_MODULE));

        choose("Week", "Week 2");

        assertThat(grid().getColumnByKey("test-browsing")).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withText(NO_MODULE))).isNotNull();

        choose("Week", "All weeks");

        assertThat(grid().getColumnByKey("test-browsing")).isNotNull();
    }

    @Test
    void the_week_and_the_topic_filters_add_up() {
        plans.addToWeek(staff("sabine"), mine.id(), 1, "test-browsing");
        signInAsStaff("sabine");
        open("cohort-progress");

        choose("Week", "Week 1");
        choose("Topic", "Online safety");

        assertThat(_get(Paragraph.class, spec -> spec.withText(NO_MODULE))).isNotNull();

        choose("Topic", "Browsing the web");

        assertThat(grid().getColumnByKey("test-browsing")).isNotNull();
    }

    @Test
    void the_open_link_leads_to_each_learners_page() {
        signInAsStaff("sabine");
        open("cohort-progress");

        assertThat(_getFormattedRow(grid(), 0).get(0)).isEqualTo("Amina X.");
        RouterLink amina = (RouterLink) _getCellComponent(grid(), 0, "open");
        RouterLink fatou = (RouterLink) _getCellComponent(grid(), 1, "open");

        assertThat(amina.getText()).isEqualTo("Open");
        assertThat(amina.getHref()).isEqualTo("learner/" + mine.learnerIds()[0]);
        assertThat(amina.getElement().getAttribute("aria-label")).isEqualTo("Open Amina X.’s page");
        assertThat(fatou.getHref()).isEqualTo("learner/" + mine.learnerIds()[1]);
    }

    /** Picks an option of a filter by the words it shows. */
    private static void choose(String filterLabel, String optionLabel) {
        Select<Object> filter = selectLabelled(filterLabel);
        Object option = filter.getListDataView().getItems().filter(item -> optionLabel.equals(labelOf(filter, item)))
                .findFirst().orElseThrow(() -> new AssertionError("No option " + optionLabel + " in " + filterLabel));
        _setValue(filter, option);
    }

    private static String labelOf(Select<Object> select, Object item) {
        return select.getItemLabelGenerator().apply(item);
    }

    @SuppressWarnings("unchecked")
    private static Select<Object> selectLabelled(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CohortGrid.LearnerRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("cohort-grid"));
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
