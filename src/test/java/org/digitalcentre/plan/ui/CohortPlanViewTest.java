package org.digitalcentre.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CohortSummary;
import org.digitalcentre.content.Module;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.plan.ui.CohortPlanView.PlanRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.currentPath;
import static org.digitalcentre.Pages.moduleCard;
import static org.digitalcentre.Pages.open;
import static org.digitalcentre.Pages.signInByTapping;

/**
 * Sabine plans the Morning group (twelve weeks, Amina and Fatou) with the fixture modules "The browser" and "The
 * password", then Amina's home shows what she planned. The app's own clock runs here, so the current week is read
 * from the screen. Moving a module by drag and drop only calls {@link CohortPlanService#move}, and Karibu cannot
 * drag: moves between weeks are proved in CohortPlanServiceTest.
 */
class CohortPlanViewTest extends KaribuTest {

    @Autowired
    CohortPlanService plans;

    private Cohort morning;
    private Cohort evening;

    @BeforeEach
    void sabineTeachesTheMorningGroupAndNoraTheEveningGroup() {
        morning = createCohort("Morning group", List.of(openStaffAccount("sabine", Role.TEACHER)), "Amina", "Fatou");
        evening = createCohort("Evening group", List.of(openStaffAccount("nora", Role.TEACHER)), "Leila");
        signInAsStaff("sabine");
    }

    @Test
    void the_module_fields_are_wide_enough_for_a_whole_module_name() {
        open("plan");

        @SuppressWarnings("unchecked")
        List<ComboBox<Module>> fields = _find(ComboBox.class).stream()
                .filter(field -> field.hasClassName("module-chooser")).map(field -> (ComboBox<Module>) field)
                .toList();
        assertThat(fields).as("today's workshop and one per week").hasSize(13);
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.getWidth()).as("as wide as the form, not the 12em default").isEqualTo("100%");
            assertThat(field.getMaxWidth()).isEqualTo("40em");
        });
        selectByLabel(fields.get(1), "The browser");
        assertThat(fields.get(1).getItemLabelGenerator().apply(fields.get(1).getValue()))
                .as("the whole title, never cut").isEqualTo("The browser");
    }

    @Test
    void the_plan_shows_a_section_for_each_of_the_twelve_weeks() {
        open("plan");

        assertThat(_get(H1.class).getText()).isEqualTo("The group’s plan");
        List<Section> weeks = _find(Section.class, spec -> spec.withClasses("plan-week"));
        assertThat(weeks).hasSize(12);
        assertThat(_get(weeks.get(0), H2.class).getText()).startsWith("Week 1");
        assertThat(_get(weeks.get(11), H2.class).getText()).startsWith("Week 12");
        assertThat(weeks).filteredOn(week -> _get(week, H2.class).getText().endsWith("— this week")).hasSize(1);
        assertThat(_get(week(1), Paragraph.class).getText()).isEqualTo("No module this week.");
    }

    @Test
    void a_module_chosen_and_added_to_week_1_shows_in_week_1() {
        open("plan");

        addToWeek(1, "The browser");

        Grid<PlanRow> grid = gridOf(1);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("1", "The browser");
        _assertNone(week(1), Paragraph.class, spec -> spec.withText("No module this week."));
        assertThat(_size(gridOf(2))).isZero();
    }

    @Test
    void down_and_up_reorder_the_modules_of_a_week() {
        open("plan");
        addToWeek(1, "The browser");
        addToWeek(1, "The password");
        assertThat(titlesIn(1)).containsExactly("The browser", "The password");
        assertThat(rowButton(1, 0, "Move up: The browser").isEnabled()).isFalse();
        assertThat(rowButton(1, 1, "Move down: The password").isEnabled()).isFalse();

        _click(rowButton(1, 0, "Move down: The browser"));

        assertThat(titlesIn(1)).containsExactly("The password", "The browser");

        _click(rowButton(1, 1, "Move up: The browser"));

        assertThat(titlesIn(1)).containsExactly("The browser", "The password");
    }

    @Test
    void the_trash_button_removes_a_module_from_its_week() {
        open("plan");
        addToWeek(1, "The browser");
        addToWeek(1, "The password");

        _click(rowButton(1, 0, "Remove “The browser” from week 1"));

        assertThat(titlesIn(1)).containsExactly("The password");

        _click(rowButton(1, 0, "Remove “The password” from week 1"));

        assertThat(_size(gridOf(1))).isZero();
        assertThat(_get(week(1), Paragraph.class).getText()).isEqualTo("No module this week.");
    }

    @Test
    void a_hidden_module_leaves_her_home_and_can_not_be_opened_by_its_address() {
        open("plan");
        addToWeek(1, "The browser");

        _setValue(hiddenCheckbox("The browser"), true);

        assertThat(hiddenCheckbox("The browser").getValue()).isTrue();
        assertThat(hiddenCheckbox("The password").getValue()).isFalse();
        assertThat(_getFormattedRow(gridOf(1), 0)).contains("The browser", "Hidden");
        assertThat(getSuggestions(adderOf(2))).containsExactly("The password");

        aminaSignsIn();

        assertThat(currentPath()).isEqualTo("home");
        _assertNone(RouterLink.class, spec -> spec.withClasses("module-card").withAttribute("href",
                "module/test-browsing"));
        assertThat(moduleCard("test-safety").getElement().getTextRecursively()).contains("The password");
        open("module/test-browsing");
        assertThat(currentPath()).isEqualTo("home");
    }

    @Test
    void a_module_shown_again_comes_back_to_her_home() {
        open("plan");
        _setValue(hiddenCheckbox("The browser"), true);
        _setValue(hiddenCheckbox("The browser"), false);

        aminaSignsIn();

        assertThat(moduleCard("test-browsing").getElement().getTextRecursively()).contains("The browser");
    }

    @Test
    void the_module_chosen_for_today_comes_first_on_her_home() {
        open("plan");
        assertThat(workshopText()).isEqualTo("No workshop chosen for today.");

        @SuppressWarnings("unchecked")
        ComboBox<Module> workshop = _get(ComboBox.class, spec -> spec.withLabel("Module of the workshop"));
        selectByLabel(workshop, "The browser");
        clickButton("Choose for today");

        assertThat(workshopText()).isEqualTo("Today: “The browser”. Learners see it first.");

        aminaSignsIn();

        Section first = _find(Section.class).get(0);
        assertThat(first.getClassNames()).contains("todays-workshop");
        assertThat(_get(first, H2.class).getElement().getTextRecursively()).isEqualTo("Today’s workshop");
        List<RouterLink> cards = _find(first, RouterLink.class, spec -> spec.withClasses("module-card"));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).getElement().getAttribute("href")).isEqualTo("module/test-browsing");
    }

    @Test
    void no_workshop_today_takes_the_workshop_off_her_home() {
        open("plan");
        @SuppressWarnings("unchecked")
        ComboBox<Module> workshop = _get(ComboBox.class, spec -> spec.withLabel("Module of the workshop"));
        selectByLabel(workshop, "The browser");
        clickButton("Choose for today");

        clickButton("No workshop today");

        assertThat(workshopText()).isEqualTo("No workshop chosen for today.");
        aminaSignsIn();
        _assertNone(Section.class, spec -> spec.withClasses("todays-workshop"));
    }

    @Test
    void a_module_added_to_the_current_week_shows_in_this_week_on_her_home() {
        open("plan");
        int current = currentWeek();
        addToWeek(current, "The password");

        aminaSignsIn();

        Section thisWeek = _get(Section.class, spec -> spec.withClasses("this-week"));
        assertThat(_get(thisWeek, H2.class).getElement().getTextRecursively())
                .isEqualTo("This week (week " + current + ")");
        List<RouterLink> cards = _find(thisWeek, RouterLink.class, spec -> spec.withClasses("module-card"));
        assertThat(cards).extracting(card -> card.getElement().getAttribute("href"))
                .containsExactly("module/test-safety");
    }

    @Test
    void a_module_in_another_week_does_not_show_in_this_week_on_her_home() {
        open("plan");
        int other = currentWeek() == 1 ? 2 : 1;
        addToWeek(other, "The password");

        aminaSignsIn();

        _assertNone(Section.class, spec -> spec.withClasses("this-week"));
    }

    @Test
    void a_module_given_to_one_learner_shows_for_her_and_not_for_another() {
        // No screen gives a learner a module yet, so the teacher does it through the service.
        SignedIn sabine = (SignedIn) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        plans.assign(sabine, morning.learnerIds()[0], "test-safety");

        aminaSignsIn();

        Section forYou = _get(Section.class, spec -> spec.withClasses("for-you"));
        assertThat(_get(forYou, H2.class).getElement().getTextRecursively()).isEqualTo("For you");
        assertThat(_find(forYou, RouterLink.class, spec -> spec.withClasses("module-card")))
                .extracting(card -> card.getElement().getAttribute("href")).containsExactly("module/test-safety");

        clickButton("I’m done");
        signInByTapping("Morning group", "Fatou X.", codeOf(1));

        assertThat(currentPath()).isEqualTo("home");
        _assertNone(Section.class, spec -> spec.withClasses("for-you"));
    }

    @Test
    void a_teacher_can_not_open_another_teachers_cohort_plan() {
        open("plan/" + evening.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
        _assertNone(Section.class, spec -> spec.withClasses("plan-week"));
    }

    @Test
    void a_teacher_is_offered_only_her_own_cohorts() {
        open("plan");

        @SuppressWarnings("unchecked")
        Select<CohortSummary> cohorts = _get(Select.class);
        assertThat(cohorts.getListDataView().getItems().map(CohortSummary::name)).containsExactly("Morning group");
    }

    @Test
    void an_administrator_opens_any_cohorts_plan() {
        openStaffAccount("claire", Role.ADMIN);
        signInAsStaff("claire");

        open("plan/" + evening.id());

        assertThat(_find(Section.class, spec -> spec.withClasses("plan-week"))).hasSize(12);
        addToWeek(1, "The browser");
        assertThat(titlesIn(1)).containsExactly("The browser");
    }

    @Test
    void a_learner_is_denied_the_plan() {
        aminaSignsIn();

        open("plan");

        _assertNone(Section.class, spec -> spec.withClasses("plan-week"));
        assertThat(_get(H1.class).getText()).isEqualTo("Private page");
    }

    /** The teacher leaves the workstation and Amina signs in on it. */
    private void aminaSignsIn() {
        SecurityContextHolder.clearContext();
        signInByTapping("Morning group", "Amina X.", codeOf(0));
    }

    private static Section week(int number) {
        return _get(Section.class, spec -> spec.withClasses("plan-week")
                .withAttribute("data-week", String.valueOf(number)));
    }

    /** The week the plan marks "this week". */
    private static int currentWeek() {
        Section current = _find(Section.class, spec -> spec.withClasses("plan-week")).stream()
                .filter(week -> _get(week, H2.class).getText().endsWith("— this week")).findFirst().orElseThrow();
        return Integer.parseInt(current.getElement().getAttribute("data-week"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PlanRow> gridOf(int week) {
        return _get(week(week), Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Module> adderOf(int week) {
        return _get(week(week), ComboBox.class, spec -> spec.withLabel("Add a module to week " + week));
    }

    /** Chooses a module in the week's "Add a module" box, then presses that week's Add button. */
    private static void addToWeek(int week, String title) {
        selectByLabel(adderOf(week), title);
        _click(_get(week(week), Button.class, spec -> spec.withText("Add")));
    }

    private static List<String> titlesIn(int week) {
        Grid<PlanRow> grid = gridOf(week);
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(1))
                .toList();
    }

    /** A button of a row's actions, by what a screen reader says of it. */
    private static Button rowButton(int week, int row, String ariaLabel) {
        Component actions = _getCellComponent(gridOf(week), row, "actions");
        return _get(actions, Button.class, spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    private static Checkbox hiddenCheckbox(String title) {
        @SuppressWarnings("unchecked")
        Grid<Module> modules = _get(Grid.class, spec -> spec.withClasses("plan-modules"));
        for (int row = 0; row < _size(modules); row++) {
            if (_getFormattedRow(modules, row).get(0).equals(title)) {
                return (Checkbox) _getCellComponent(modules, row, "hidden");
            }
        }
        throw new AssertionError("No module “" + title + "” in the list of modules");
    }

    private static String workshopText() {
        return _get(Span.class, spec -> spec.withClasses("workshop-current")).getText();
    }
}
