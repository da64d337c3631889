package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.CentreOption;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

class CohortsViewTest extends KaribuTest {

    @Autowired
    CohortAdministration administration;

    private long sabine;

    @BeforeEach
    void twoTeachersAndTheirCohorts() {
        sabine = openStaffAccount("sabine", Role.TEACHER);
        long nora = openStaffAccount("nora", Role.TEACHER);
        createCohort("Morning group", List.of(sabine), "Amina", "Fatou");
        createCohort("Evening group", List.of(nora), "Leila");
    }

    @Test
    void a_teacher_creates_a_group_and_sees_it_running_in_her_list() {
        signInAsStaff("sabine");
        open("cohorts");

        clickButton("New group");
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name of the group")), "Afternoon group");
        selectByLabel(centreBox(dialog), "Centre Morning group");
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Start date")), LocalDate.of(2026, 10, 5));
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("Number of weeks")), 10);
        clickButton("Save");

        _assertNone(Dialog.class);
        expectNotifications("Group “Afternoon group” saved.");
        List<String> row = rowOf("Afternoon group");
        assertThat(row).contains("Centre Morning group", "10", "0", "Running");
        CohortSummary saved = cohortNamed("Afternoon group");
        assertThat(saved.startDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(saved.teacherIds()).containsExactly(sabine);
    }

    @Test
    void saving_without_a_name_keeps_the_dialog_open_with_a_message_under_the_name() {
        signInAsStaff("sabine");
        open("cohorts");
        clickButton("New group");
        Dialog dialog = _get(Dialog.class);
        selectByLabel(centreBox(dialog), "Centre Morning group");

        clickButton("Save");

        assertThat(_get(Dialog.class).isOpened()).isTrue();
        TextField name = _get(dialog, TextField.class, spec -> spec.withLabel("Name of the group"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Type the name of the group.");
        assertThat(_size(cohortGrid())).isEqualTo(1);
        assertThat(administration.cohorts(staff(), true)).extracting(CohortSummary::name)
                .containsExactly("Morning group");
    }

    @Test
    void edit_changes_the_name_of_the_group() {
        signInAsStaff("sabine");
        open("cohorts");

        clickInRow(0, "Edit");
        TextField name = _get(_get(Dialog.class), TextField.class, spec -> spec.withLabel("Name of the group"));
        assertThat(name.getValue()).isEqualTo("Morning group");
        _setValue(name, "Morning group, level 2");
        clickButton("Save");

        _assertNone(Dialog.class);
        assertThat(_size(cohortGrid())).isEqualTo(1);
        assertThat(_getFormattedRow(cohortGrid(), 0)).contains("Morning group, level 2", "2", "Running");
    }

    @Test
    void archive_hides_the_group_show_archived_shows_it_and_restore_brings_it_back() {
        signInAsStaff("sabine");
        open("cohorts");

        clickInRow(0, "Archive");

        assertThat(_size(cohortGrid())).isZero();
        assertThat(classroom.activeCohorts()).extracting(CohortCard::name).doesNotContain("Morning group");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived groups too")), true);

        assertThat(_size(cohortGrid())).isEqualTo(1);
        assertThat(_getFormattedRow(cohortGrid(), 0)).contains("Morning group", "Archived");

        clickInRow(0, "Restore");

        assertThat(_getFormattedRow(cohortGrid(), 0)).contains("Morning group", "Running");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived groups too")), false);
        assertThat(_size(cohortGrid())).isEqualTo(1);
        assertThat(classroom.activeCohorts()).extracting(CohortCard::name).contains("Morning group");
    }

    @Test
    void a_teacher_does_not_see_another_teachers_group() {
        signInAsStaff("sabine");
        open("cohorts");

        Grid<CohortSummary> grid = cohortGrid();
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Morning group").doesNotContain("Evening group");
    }

    @Test
    void a_teacher_can_not_type_a_new_centre() {
        signInAsStaff("sabine");
        open("cohorts");
        clickButton("New group");

        assertThat(centreBox(_get(Dialog.class)).isAllowCustomValue()).isFalse();
    }

    @Test
    void an_administrator_types_a_new_centre_name_and_the_group_is_saved_in_it() {
        openStaffAccount("claire", Role.ADMIN);
        signInAsStaff("claire");
        open("cohorts");
        assertThat(_size(cohortGrid())).isEqualTo(2);

        clickButton("New group");
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name of the group")), "Saturday group");
        ComboBox<CentreOption> centre = centreBox(dialog);
        _fireCustomValueSet(centre, "Centre Sud");

        assertThat(centre.getValue().name()).isEqualTo("Centre Sud");
        assertThat(administration.centres()).extracting(CentreOption::name).contains("Centre Sud");
        clickButton("Save");

        _assertNone(Dialog.class);
        assertThat(rowOf("Saturday group")).contains("Centre Sud", "Running");
    }

    private void clickInRow(int row, String buttonText) {
        Component actions = _getCellComponent(cohortGrid(), row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText(buttonText)));
    }

    private List<String> rowOf(String cohortName) {
        Grid<CohortSummary> grid = cohortGrid();
        for (int i = 0; i < _size(grid); i++) {
            List<String> row = _getFormattedRow(grid, i);
            if (row.get(0).equals(cohortName)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + cohortName);
    }

    private CohortSummary cohortNamed(String name) {
        return administration.cohorts(staff(), true).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CohortSummary> cohortGrid() {
        return _get(Grid.class, spec -> spec.withClasses("cohort-list"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CentreOption> centreBox(Dialog dialog) {
        return _get(dialog, ComboBox.class, spec -> spec.withLabel("Digital centre"));
    }

    private SignedIn staff() {
        return (SignedIn) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }
}
