package org.digitalcentre.classroom;

import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LearnerImportTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FRENCH_FILE = """
            prénom;initiale;code
            Aïcha;D;4821
            Hélène;m.;7302
            """;

    @Autowired
    LearnerImport learnerImport;
    @Autowired
    CohortAdministration administration;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;

    private People people;
    private long morning;

    @BeforeEach
    void sabineHasAnEmptyCohort() {
        people = new People(staffAccounts, classroom);
        long sabine = people.openStaffAccount("sabine", Role.TEACHER);
        morning = people.createCohort("Morning group", List.of(sabine)).id();
    }

    @Test
    void a_utf8_file_with_a_byte_order_mark_semicolons_and_french_headers_keeps_the_accents_and_the_codes() {
        ImportReport report = importFile(concat(UTF8_BOM, FRENCH_FILE.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.readable()).isTrue();
        assertThat(report.rejected()).isEmpty();
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::line, ImportReport.Enrolled::shortName,
                ImportReport.Enrolled::code).containsExactly(tuple(2, "Aïcha D.", "4821"), tuple(3, "Hélène M.", "7302"));
        assertThat(shortNamesInCohort()).containsExactly("Aïcha D.", "Hélène M.");
        assertThat(classroom.checkCode(learnerNamed("Aïcha D.").id(), "4821").accepted()).isTrue();
        assertThat(classroom.checkCode(learnerNamed("Hélène M.").id(), "7302").accepted()).isTrue();
    }

    @Test
    void a_file_in_the_windows_encoding_of_french_spreadsheets_keeps_the_accents_too() {
        ImportReport report = importFile(FRENCH_FILE.getBytes(Charset.forName("windows-1252")));

        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::shortName)
                .containsExactly("Aïcha D.", "Hélène M.");
        assertThat(shortNamesInCohort()).containsExactly("Aïcha D.", "Hélène M.");
        assertThat(learnerNamed("Aïcha D.").firstName()).isEqualTo("Aïcha");
    }

    @Test
    void commas_and_english_headers_take_the_initial_from_the_last_name_and_give_each_a_working_code() {
        ImportReport report = importFile(utf8("""
                first name,last name
                Amina,Diallo
                Fatou,sow
                """));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::shortName)
                .containsExactly("Amina D.", "Fatou S.");
        for (ImportReport.Enrolled enrolled : report.enrolled()) {
            assertThat(enrolled.code()).matches("\\d{4}");
            assertThat(classroom.checkCode(learnerNamed(enrolled.shortName()).id(), enrolled.code()).accepted())
                    .as("%s signs in with %s", enrolled.shortName(), enrolled.code()).isTrue();
        }
    }

    @Test
    void a_blank_first_line_does_not_hide_that_the_file_uses_semicolons() {
        ImportReport report = importFile(utf8("\n" + FRENCH_FILE));

        assertThat(report.readable()).isTrue();
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::shortName)
                .containsExactly("Aïcha D.", "Hélène M.");
    }

    @Test
    void empty_spreadsheet_rows_are_skipped_without_a_word() {
        ImportReport report = importFile(utf8("""
                prénom;initiale;code
                Aïcha;D;4821
                ;;
                Hélène;M;7302
                ;;
                """));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::line).containsExactly(2, 4);
    }

    @Test
    void a_picture_column_names_the_picture_in_english_or_french() {
        ImportReport english = importFile(utf8("""
                first name,initial,picture
                Amina,D,sun
                """));
        ImportReport french = importFile(utf8("""
                prénom;initiale;image
                Fatou;S;Soleil
                """));

        assertThat(english.enrolled()).extracting(ImportReport.Enrolled::picture).containsExactly(LearnerPicture.SUN);
        assertThat(french.enrolled()).extracting(ImportReport.Enrolled::picture).containsExactly(LearnerPicture.SUN);
        assertThat(learnerNamed("Amina D.").picture()).isEqualTo(LearnerPicture.SUN);
        assertThat(learnerNamed("Fatou S.").picture()).isEqualTo(LearnerPicture.SUN);
    }

    @Test
    void an_unknown_picture_is_refused_with_its_reason() {
        ImportReport report = importFile(utf8("""
                prénom;initiale;image
                Amina;D;soleil
                Fatou;S;dragon
                """));

        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::shortName).containsExactly("Amina D.");
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::reasons)
                .containsExactly(tuple(3, List.of("import.unknown-picture")));
        assertThat(shortNamesInCohort()).containsExactly("Amina D.");
    }

    @Test
    void rejected_rows_give_their_line_in_the_file_and_why_while_the_good_rows_are_enrolled() {
        ImportReport report = importFile(utf8("""
                prénom;initiale;code
                Amina;D;1234
                ;K;2345
                Fatou;S;12
                Leila;B;
                """));

        assertThat(report.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::reasons)
                .containsExactly(tuple(3, List.of("learner.first-name.required")),
                        tuple(4, List.of("learner.code.digits")));
        assertThat(report.rejected().get(1).text()).contains("Fatou").contains("12");
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::line, ImportReport.Enrolled::shortName)
                .containsExactly(tuple(2, "Amina D."), tuple(5, "Leila B."));
        assertThat(shortNamesInCohort()).containsExactly("Amina D.", "Leila B.");
    }

    @Test
    void a_line_number_counts_the_blank_lines_before_it() {
        ImportReport report = importFile(utf8("""
                prénom;initiale;code
                Amina;D;1234

                Fatou;S;12
                """));

        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::line).containsExactly(2);
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line).containsExactly(4);

        ImportReport windowsLines = importFile(utf8("prénom;initiale;code\r\nLeila;B;\r\n\r\n\r\nNora;K;1\r\nSara;T;"));

        assertThat(windowsLines.enrolled()).extracting(ImportReport.Enrolled::line).containsExactly(2, 6);
        assertThat(windowsLines.rejected()).extracting(ImportReport.Rejected::line).containsExactly(5);
    }

    @Test
    void a_learner_already_in_the_cohort_or_twice_in_the_file_is_left_out_the_second_time() {
        administration.enrol(staff("sabine"), morning, new NewLearner("Amina", "D", LearnerPicture.STAR, "1234"));

        ImportReport report = importFile(utf8("""
                prénom;initiale
                amina;d
                Fatou;S
                fatou;s.
                """));

        assertThat(report.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::reasons)
                .containsExactly(tuple(2, List.of("import.duplicate")), tuple(4, List.of("import.duplicate")));
        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::line).containsExactly(3);
        assertThat(shortNamesInCohort()).containsExactly("Amina D.", "Fatou S.");
    }

    @Test
    void a_file_without_a_first_name_column_enrols_nobody() {
        ImportReport report = importFile(utf8("""
                nom;code
                Diallo;1234
                """));

        assertThat(report.readable()).isFalse();
        assertThat(report.fileProblem()).isEqualTo("import.no-first-name-column");
        assertThat(report.enrolled()).isEmpty();
        assertThat(report.rejected()).isEmpty();
        assertThat(shortNamesInCohort()).isEmpty();
    }

    @Test
    void a_file_with_only_its_header_has_no_learner() {
        ImportReport report = importFile(utf8("prénom;initiale;code\n"));

        assertThat(report.fileProblem()).isEqualTo("import.empty");
        assertThat(shortNamesInCohort()).isEmpty();
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_whole() {
        StringBuilder text = new StringBuilder("prénom;initiale\n");
        for (int i = 0; text.length() <= LearnerImport.MAX_BYTES; i++) {
            text.append("Learner").append(i).append(";A\n");
        }

        ImportReport report = importFile(utf8(text.toString()));

        assertThat(report.fileProblem()).isEqualTo("import.too-large");
        assertThat(shortNamesInCohort()).isEmpty();
    }

    @Test
    void a_file_with_more_lines_than_the_limit_is_refused_whole() {
        StringBuilder text = new StringBuilder("prénom\n");
        for (int i = 0; i <= LearnerImport.MAX_LINES; i++) {
            text.append("Learner").append(i).append('\n');
        }
        byte[] file = utf8(text.toString());
        assertThat(file.length).isLessThanOrEqualTo(LearnerImport.MAX_BYTES);

        ImportReport report = importFile(file);

        assertThat(report.fileProblem()).isEqualTo("import.too-many-lines");
        assertThat(shortNamesInCohort()).isEmpty();
    }

    @Test
    void each_learner_gets_a_picture_not_yet_used_in_the_cohort_while_some_remain() {
        administration.enrol(staff("sabine"), morning, new NewLearner("Amina", "D", LearnerPicture.SUN, "1234"));
        administration.enrol(staff("sabine"), morning, new NewLearner("Fatou", "S", LearnerPicture.STAR, "2345"));
        int free = LearnerPicture.values().length - 2;
        StringBuilder text = new StringBuilder("prénom;initiale\n");
        for (int i = 0; i <= free; i++) {
            text.append("Learner;").append((char) ('A' + i)).append('\n');
        }

        ImportReport report = importFile(utf8(text.toString()));

        assertThat(report.rejected()).isEmpty();
        assertThat(report.enrolled()).hasSize(free + 1);
        List<LearnerPicture> given = report.enrolled().stream().map(ImportReport.Enrolled::picture).toList();
        Set<LearnerPicture> whileSomeRemain = EnumSet.copyOf(given.subList(0, free));
        assertThat(whileSomeRemain).hasSize(free).doesNotContain(LearnerPicture.SUN, LearnerPicture.STAR);
        assertThat(given.get(free)).isNotNull();
        assertThat(administration.learners(staff("sabine"), morning)).hasSize(free + 3);
        assertThat(administration.learners(staff("sabine"), morning).stream()
                .filter(l -> l.firstName().equals("Learner")).map(LearnerDetails::picture)
                .collect(Collectors.toSet())).containsAll(whileSomeRemain);
    }

    @Test
    void a_teacher_may_not_import_into_another_teachers_cohort() {
        people.openStaffAccount("nora", Role.TEACHER);

        assertThatThrownBy(() -> learnerImport.importCsv(staff("nora"), morning, utf8(FRENCH_FILE)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(shortNamesInCohort()).isEmpty();
    }

    private ImportReport importFile(byte[] file) {
        return learnerImport.importCsv(staff("sabine"), morning, file);
    }

    private List<String> shortNamesInCohort() {
        return administration.learners(staff("sabine"), morning).stream().map(LearnerDetails::shortName).toList();
    }

    private LearnerDetails learnerNamed(String shortName) {
        return administration.learners(staff("sabine"), morning).stream()
                .filter(l -> l.shortName().equals(shortName)).findFirst().orElseThrow();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
