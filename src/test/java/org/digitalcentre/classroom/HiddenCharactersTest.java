package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.security.NewStaffAccount;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A name typed or imported with a hidden character (NUL, a control, a bidirectional override that turns it
 * backwards) is refused with a clear reason, wherever a person types or imports one: a learner's first name (the
 * enrolment and the CSV import), a cohort's and a centre's name, a member of staff's name and user name, and the
 * teachers' notes (which may have several lines).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class HiddenCharactersTest {

    private static final String RIGHT_TO_LEFT_OVERRIDE = "\u202E";
    private static final String MESSAGE = "text.hidden-characters";

    @Autowired
    CohortAdministration administration;
    @Autowired
    LearnerImport learnerImport;
    @Autowired
    TeacherNotes notes;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;

    private SignedIn sabine;
    private long morning;

    @BeforeEach
    void sabineHasACohort() {
        People people = new People(staffAccounts, classroom);
        people.openStaffAccount("sabine", Role.TEACHER);
        people.openStaffAccount("claire", Role.ADMIN);
        sabine = staff("sabine");
        morning = people.createCohort("Morning group", List.of(sabine.id()), "Amina").id();
    }

    @Test
    void a_first_name_typed_with_a_bidirectional_override_is_refused_and_nobody_is_enrolled() {
        assertThatThrownBy(() -> administration.enrol(sabine, morning,
                new NewLearner("Ami" + RIGHT_TO_LEFT_OVERRIDE + "na", "D", LearnerPicture.MOON, "4821")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                        .containsExactly(tuple("firstName", MESSAGE)));
        assertThat(administration.learners(sabine, morning)).hasSize(1);
    }

    @Test
    void imported_names_with_nul_or_bidirectional_characters_are_left_out_with_their_line_and_reason() {
        String file = "prénom;initiale;code\n"
                + "Aïcha;D;4821\n"
                + "Fa\u0000tou;S;2222\n"
                + "Le\u2066ïla;B;3333\n"
                + "Hélène;M;7302\n";

        ImportReport report = learnerImport.importCsv(sabine, morning, file.getBytes(StandardCharsets.UTF_8));

        assertThat(report.enrolled()).extracting(ImportReport.Enrolled::shortName)
                .containsExactly("Aïcha D.", "Hélène M.");
        assertThat(report.rejected()).extracting(ImportReport.Rejected::line, ImportReport.Rejected::reasons)
                .containsExactly(tuple(3, List.of(MESSAGE)), tuple(4, List.of(MESSAGE)));
        assertThat(report.rejected()).extracting(ImportReport.Rejected::text)
                .as("the line is shown with a visible mark, never with the hidden character")
                .containsExactly("Fa\uFFFDtou ; S ; 2222", "Le\uFFFDïla ; B ; 3333");
    }

    @Test
    void a_cohort_name_with_a_control_character_is_refused() {
        long centre = administration.centres().get(0).id();
        CohortDetails details = new CohortDetails("Groupe\u001B du soir", centre, LocalDate.of(2026, 9, 7), 12,
                Set.of(sabine.id()));

        assertThatThrownBy(() -> administration.createCohort(sabine, details))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(ConstraintViolation::getMessage).containsExactly(MESSAGE));
    }

    @Test
    void a_centre_name_with_a_bidirectional_mark_is_refused() {
        assertThatThrownBy(() -> administration.addCentre(staff("claire"), "Centre\u200F Sud"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(MESSAGE);
        assertThat(administration.centres()).extracting(CentreOption::name).doesNotContain("Centre\u200F Sud");
    }

    @Test
    void a_staff_name_or_user_name_with_hidden_characters_is_refused() {
        assertThatThrownBy(() -> staffAccounts.open(new NewStaffAccount("nora", "Nora " + RIGHT_TO_LEFT_OVERRIDE
                + "B.", "Violette-marche-sur-42-toits", Role.TEACHER)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
                        .contains(tuple("displayName", MESSAGE)));
        assertThatThrownBy(() -> staffAccounts.open(new NewStaffAccount("no\u0000ra", "Nora B.", "Violette-marche-sur-42-toits",
                Role.TEACHER)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(ConstraintViolation::getMessage).contains(MESSAGE));
        assertThat(staffAccounts.usernameTaken("nora")).isFalse();
    }

    @Test
    void a_note_keeps_its_lines_but_refuses_nul_and_bidirectional_characters() {
        long amina = administration.learners(sabine, morning).get(0).id();
        LocalDate yesterday = LocalDate.now().minusDays(1);

        long kept = notes.write(sabine, amina, new NoteDraft(yesterday, "Lire un courriel.\nRépondre.", "", "",
                "Elle a\tbien avancé."));
        assertThat(kept).isPositive();
        for (NoteDraft draft : List.of(new NoteDraft(yesterday, "Lire\u0000", "", "", ""),
                new NoteDraft(yesterday, "", "", "", "Texte " + RIGHT_TO_LEFT_OVERRIDE + "envers"))) {
            assertThatThrownBy(() -> notes.write(sabine, amina, draft))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                            e.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                            .containsExactly(MESSAGE));
        }
        assertThat(notes.notesOn(sabine, amina)).hasSize(1);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
