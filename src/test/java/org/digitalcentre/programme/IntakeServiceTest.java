package org.digitalcentre.programme;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.digitalcentre.People;
import org.digitalcentre.base.Role;
import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.privacy.LearnerDataExport;
import org.digitalcentre.privacy.LearnerErasure;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class IntakeServiceTest {

    @Autowired
    IntakeService intakes;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    LearnerErasure erasure;
    @Autowired
    LearnerDataExport export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;

    private long amina;

    @BeforeEach
    void sabineTeachesAmina() {
        People people = new People(staffAccounts, classroom);
        long sabine = people.openStaffAccount("sabine", Role.TEACHER);
        long nora = people.openStaffAccount("nora", Role.TEACHER);
        people.openStaffAccount("claire", Role.ADMIN);
        amina = people.createCohort("Morning group", List.of(sabine), "Amina").learnerIds()[0];
        people.createCohort("Evening group", List.of(nora), "Leila");
    }

    @Test
    void her_teacher_writes_the_intake_and_reads_it_back() {
        intakes.save(staff("sabine"), amina, interview());

        IntakeRecord intake = intakes.intakeOf(staff("sabine"), amina).orElseThrow();
        assertThat(intake.goals()).containsExactlyInAnyOrder(IntakeGoal.JOB, IntakeGoal.ONLINE_PAPERWORK);
        assertThat(intake.goalsText()).isEqualTo("Work in a shop");
        assertThat(intake.childcareNeeded()).isTrue();
        assertThat(intake.hoursPerWeek()).isEqualTo(12);
        assertThat(intake.languagesSpoken()).isEqualTo("Arabic, French");
        assertThat(intake.languagesRead()).isEqualTo("Arabic");
        assertThat(intake.startingPoint()).isEqualTo(IntakeStartingPoint.PHONE_ONLY);
        assertThat(intake.writtenBy()).isEqualTo("sabine Name");
    }

    @Test
    void an_administrator_may_read_and_write_it_too() {
        intakes.save(staff("claire"), amina, interview());

        assertThat(intakes.intakeOf(staff("claire"), amina)).isPresent();
        assertThat(intakes.intakeOf(staff("sabine"), amina).orElseThrow().writtenBy()).isEqualTo("claire Name");
    }

    @Test
    void a_teacher_of_another_cohort_may_neither_read_nor_write_it() {
        intakes.save(staff("sabine"), amina, interview());

        assertThatThrownBy(() -> intakes.intakeOf(staff("nora"), amina)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.save(staff("nora"), amina, interview()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.intakeOf(staff("sabine"), 999_999L))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_again_rewrites_her_one_intake_never_a_second() {
        intakes.save(staff("sabine"), amina, interview());
        intakes.save(staff("sabine"), amina, new IntakeDraft(Set.of(IntakeGoal.CONFIDENCE), "", false, null,
                "Tigrinya", "", IntakeStartingPoint.NEVER_USED));
        entities.flush();

        assertThat(jdbc.queryForObject("select count(*) from intake where learner_id = ?", Integer.class, amina))
                .isEqualTo(1);
        IntakeRecord intake = intakes.intakeOf(staff("sabine"), amina).orElseThrow();
        assertThat(intake.goals()).containsExactly(IntakeGoal.CONFIDENCE);
        assertThat(intake.hoursPerWeek()).isNull();
        assertThat(intake.startingPoint()).isEqualTo(IntakeStartingPoint.NEVER_USED);
    }

    @Test
    void bad_input_is_refused_with_the_rule_it_broke() {
        IntakeDraft bad = new IntakeDraft(Set.of(), "x".repeat(IntakeDraft.TEXT_MAX + 1), false, 61,
                "Arabic\u202E", "", null);

        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> intakes.save(staff("sabine"), amina, bad));

        assertThat(refused.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("goalsText", "intake.error.too-long"),
                org.assertj.core.groups.Tuple.tuple("hoursPerWeek", "intake.error.hours"),
                org.assertj.core.groups.Tuple.tuple("languagesSpoken", "text.hidden-characters"),
                org.assertj.core.groups.Tuple.tuple("startingPoint", "intake.error.starting-point"));
        assertThat(intakes.intakeOf(staff("sabine"), amina)).isEmpty();
        assertThatThrownBy(() -> intakes.save(staff("sabine"), amina, new IntakeDraft(Set.of(), "", false, -1, "",
                "", IntakeStartingPoint.AT_EASE))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void it_goes_when_she_is_anonymised_and_none_can_be_written_afterwards() {
        intakes.save(staff("sabine"), amina, interview());
        entities.flush();

        assertThat(erasure.anonymise(staff("claire"), amina)).isTrue();
        entities.flush();

        assertThat(jdbc.queryForObject("select count(*) from intake", Integer.class)).isZero();
        assertThat(intakes.takesIntake(amina)).isFalse();
        assertThatThrownBy(() -> intakes.save(staff("sabine"), amina, interview()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void it_goes_with_her_when_she_is_erased() {
        intakes.save(staff("sabine"), amina, interview());
        entities.flush();

        erasure.erase(staff("claire"), amina, "Amina");
        entities.flush();

        assertThat(jdbc.queryForObject("select count(*) from intake", Integer.class)).isZero();
    }

    @Test
    void it_is_in_her_data_export() throws IOException {
        intakes.save(staff("sabine"), amina, interview());
        entities.flush();

        Map<String, String> files = unzip(export.zip(staff("claire"), amina, Locale.ENGLISH));

        assertThat(files.get("intake-interview.csv")).contains("Her goals;Find a job, Do her paperwork online",
                "Work in a shop", "Needs childcare;yes", "Hours free per week;12", "Languages read;Arabic",
                "Uses only a phone");
        assertThat(files.get("data.json")).contains("\"startingPoint\" : \"PHONE_ONLY\"", "\"hoursPerWeek\" : 12");
        assertThat(files.get("index.html")).contains("Intake interview", "Work in a shop");
    }

    private static IntakeDraft interview() {
        return new IntakeDraft(Set.of(IntakeGoal.JOB, IntakeGoal.ONLINE_PAPERWORK), "  Work in a shop ", true, 12,
                "Arabic, French", "Arabic", IntakeStartingPoint.PHONE_ONLY);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
