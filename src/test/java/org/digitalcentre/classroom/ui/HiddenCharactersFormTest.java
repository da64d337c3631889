package org.digitalcentre.classroom.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.digitalcentre.KaribuTest;
import org.digitalcentre.People.Cohort;
import org.digitalcentre.base.Role;
import org.digitalcentre.classroom.ImportReport;
import org.digitalcentre.classroom.LearnerPicture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalcentre.Pages.clickButton;
import static org.digitalcentre.Pages.open;

/** A name typed or imported with a hidden character is refused, and the teacher is told so in plain words. */
class HiddenCharactersFormTest extends KaribuTest {

    private static final String SHOWN = "This text holds an invisible sign that is not allowed (it can hide the text "
            + "or turn it backwards). Delete the text and type it again.";

    private Cohort mine;

    @BeforeEach
    void sabinesCohort() {
        long sabine = openStaffAccount("sabine", Role.TEACHER);
        openStaffAccount("claire", Role.ADMIN);
        mine = createCohort("Morning group", List.of(sabine), "Amina");
    }

    @Test
    void a_first_name_typed_with_a_right_to_left_override_shows_the_message_under_the_first_name() {
        signInAsStaff("sabine");
        open("cohorts/" + mine.id() + "/learners");

        _setValue(_get(TextField.class, spec -> spec.withLabel("First name")), "Ami\u202Ena");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Initial of the last name")), "D");
        @SuppressWarnings("unchecked")
        Select<LearnerPicture> pictures = _get(Select.class, spec -> spec.withLabel("Picture"));
        _setValue(pictures, LearnerPicture.MOON);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "4821");
        clickButton("Add");

        TextField firstName = _get(TextField.class, spec -> spec.withLabel("First name"));
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).isEqualTo(SHOWN);
        assertThat(classroom.learnersOf(mine.id())).hasSize(1);
    }

    @Test
    void an_imported_line_with_a_nul_character_is_listed_with_its_line_and_the_reason() {
        signInAsStaff("sabine");
        open("cohorts/" + mine.id() + "/learners");

        _upload(_get(Upload.class), "learners.csv", "text/csv",
                "prénom;initiale\nHélène;M\nFa\u0000tou;S\n".getBytes(StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        Grid<ImportReport.Rejected> rejected = _get(Grid.class, spec -> spec.withClasses("import-rejected"));
        assertThat(_size(rejected)).isEqualTo(1);
        assertThat(_getFormattedRow(rejected, 0)).contains("3", SHOWN);
        assertThat(classroom.learnersOf(mine.id())).hasSize(2);
    }

    @Test
    void a_new_centre_typed_with_a_hidden_character_shows_the_message_under_the_centre_field() {
        signInAsStaff("claire");
        open("cohorts");
        clickButton("New group");

        @SuppressWarnings("unchecked")
        ComboBox<Object> centre = _get(ComboBox.class, spec -> spec.withLabel("Digital centre"));
        _fireCustomValueSet(centre, "Centre\u2067 Sud");

        assertThat(centre.isInvalid()).isTrue();
        assertThat(centre.getErrorMessage()).isEqualTo(SHOWN);
    }
}
