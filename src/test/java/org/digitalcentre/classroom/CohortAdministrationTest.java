package org.digitalcentre.classroom;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CohortAdministrationTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 7);

    @Autowired
    CohortAdministration administration;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;

    private People people;
    private long sabine;
    private long nora;
    private long centre;
    private People.Cohort norasCohort;

    @BeforeEach
    void twoTeachersAndACentre() {
        people = new People(staffAccounts, classroom);
        sabine = people.openStaffAccount("sabine", Role.TEACHER);
        nora = people.openStaffAccount("nora", Role.TEACHER);
        people.openStaffAccount("claire", Role.ADMIN);
        people.openStaffAccount("alex", Role.AUTHOR);
        centre = classroom.createCentre("Centre Nord");
        norasCohort = people.createCohort("Evening group", List.of(nora), "Leila");
    }

    @Test
    void a_teacher_who_creates_a_cohort_teaches_it_even_when_she_did_not_tick_herself() {
        long created = administration.createCohort(staff("sabine"), details("Morning group", Set.of()));

        CohortSummary cohort = administration.cohort(staff("sabine"), created);
        assertThat(cohort.teacherIds()).containsExactly(sabine);
        assertThat(cohort.name()).isEqualTo("Morning group");
        assertThat(cohort.centreName()).isEqualTo("Centre Nord");
        assertThat(cohort.startDate()).isEqualTo(SEPTEMBER);
        assertThat(cohort.weeks()).isEqualTo(12);
        assertThat(administration.cohorts(staff("sabine"), false)).extracting(CohortSummary::name)
                .containsExactly("Morning group");
    }

    @Test
    void a_cohort_is_given_to_teachers_only() {
        long alex = staff("alex").id();
        long claire = staff("claire").id();

        long created = administration.createCohort(staff("claire"),
                details("Morning group", Set.of(sabine, alex, claire)));

        assertThat(administration.cohort(staff("claire"), created).teacherIds()).containsExactly(sabine);
    }

    @Test
    void a_blank_name_is_refused_and_nothing_is_saved() {
        assertRefused(new CohortDetails("   ", centre, SEPTEMBER, 12, Set.of()), "cohort.name.required");
    }

    @Test
    void a_missing_centre_is_refused_and_nothing_is_saved() {
        assertRefused(new CohortDetails("Morning group", null, SEPTEMBER, 12, Set.of()), "cohort.centre.required");
    }

    @Test
    void a_missing_start_date_is_refused_and_nothing_is_saved() {
        assertRefused(new CohortDetails("Morning group", centre, null, 12, Set.of()), "cohort.start.required");
    }

    @Test
    void a_length_of_0_or_53_weeks_is_refused_and_nothing_is_saved() {
        assertRefused(new CohortDetails("Morning group", centre, SEPTEMBER, 0, Set.of()), "cohort.weeks.range");
        assertRefused(new CohortDetails("Morning group", centre, SEPTEMBER, 53, Set.of()), "cohort.weeks.range");
    }

    @Test
    void an_edit_that_breaks_a_rule_changes_nothing() {
        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> administration.updateCohort(staff("nora"), norasCohort.id(),
                        new CohortDetails("", centre, SEPTEMBER, 12, Set.of(nora))));

        assertThat(messagesOf(refused)).containsExactly("cohort.name.required");
        assertThat(administration.cohort(staff("nora"), norasCohort.id()).name()).isEqualTo("Evening group");
    }

    @Test
    void a_teacher_may_not_read_edit_archive_or_enrol_into_another_teachers_cohort() {
        SignedIn sabine = staff("sabine");
        long leila = norasCohort.learnerIds()[0];

        assertThatThrownBy(() -> administration.cohort(sabine, norasCohort.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.learners(sabine, norasCohort.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.updateCohort(sabine, norasCohort.id(),
                details("Taken over", Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setArchived(sabine, norasCohort.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.enrol(sabine, norasCohort.id(), aLearner("Fatou", "S", "2468")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeCode(sabine, leila, "2468"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changePicture(sabine, leila, LearnerPicture.MOON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.unlock(sabine, leila)).isInstanceOf(AccessDeniedException.class);

        CohortSummary untouched = administration.cohort(staff("nora"), norasCohort.id());
        assertThat(untouched.name()).isEqualTo("Evening group");
        assertThat(untouched.archived()).isFalse();
        assertThat(untouched.teacherIds()).containsExactly(nora);
        assertThat(administration.learners(staff("nora"), norasCohort.id()))
                .extracting(LearnerDetails::shortName, LearnerDetails::picture)
                .containsExactly(tuple("Leila X.", LearnerPicture.SUN));
        assertThat(classroom.checkCode(leila, People.codeOf(0)).accepted()).isTrue();
        assertThat(administration.cohorts(sabine, true)).isEmpty();
    }

    @Test
    void an_administrator_may_read_edit_archive_and_enrol_into_any_cohort() {
        SignedIn claire = staff("claire");

        assertThat(administration.cohort(claire, norasCohort.id()).name()).isEqualTo("Evening group");
        administration.updateCohort(claire, norasCohort.id(), details("Evening group, level 2", Set.of(nora)));
        long fatou = administration.enrol(claire, norasCohort.id(), aLearner("Fatou", "S", "2468"));
        administration.changeCode(claire, fatou, "1357");
        assertThat(classroom.checkCode(fatou, "1357").accepted()).isTrue();
        administration.setArchived(claire, norasCohort.id(), true);

        CohortSummary changed = administration.cohort(claire, norasCohort.id());
        assertThat(changed.name()).isEqualTo("Evening group, level 2");
        assertThat(changed.archived()).isTrue();
        assertThat(changed.learnerCount()).isEqualTo(2);
        assertThat(administration.learners(claire, norasCohort.id())).extracting(LearnerDetails::shortName)
                .containsExactly("Fatou S.", "Leila X.");
        // A learner of an archived cohort cannot sign in, even with her new code.
        assertThat(classroom.checkCode(fatou, "1357").outcome()).isEqualTo(CodeCheck.Outcome.REFUSED);
        assertThat(administration.cohorts(claire, true)).extracting(CohortSummary::name)
                .contains("Evening group, level 2");
    }

    @Test
    void an_author_may_not_list_or_create_cohorts() {
        SignedIn alex = staff("alex");

        assertThatThrownBy(() -> administration.cohorts(alex, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.cohorts(alex, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.createCohort(alex, details("Authors' group", Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.cohort(alex, norasCohort.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_archived_cohort_leaves_the_workstations_first_screen_and_comes_back_with_its_learners_when_restored() {
        assertThat(classroom.activeCohorts()).extracting(CohortCard::name).containsExactly("Evening group");

        administration.setArchived(staff("nora"), norasCohort.id(), true);

        assertThat(classroom.activeCohorts()).isEmpty();
        assertThat(classroom.activeCohort(norasCohort.id())).isEmpty();
        assertThat(classroom.cohortsFor(staff("nora"))).isEmpty();

        administration.setArchived(staff("nora"), norasCohort.id(), false);

        assertThat(classroom.activeCohorts()).extracting(CohortCard::name).containsExactly("Evening group");
        assertThat(classroom.learnersOf(norasCohort.id())).extracting(LearnerTile::shortName)
                .containsExactly("Leila X.");
        assertThat(classroom.checkCode(norasCohort.learnerIds()[0], People.codeOf(0)).accepted()).isTrue();
    }

    @Test
    void the_list_of_cohorts_shows_archived_ones_only_when_asked() {
        long morning = administration.createCohort(staff("nora"), details("Morning group", Set.of()));
        administration.setArchived(staff("nora"), morning, true);

        assertThat(administration.cohorts(staff("nora"), false)).extracting(CohortSummary::name)
                .containsExactly("Evening group");
        assertThat(administration.cohorts(staff("nora"), true))
                .extracting(CohortSummary::name, CohortSummary::archived)
                .containsExactly(tuple("Evening group", false),
                        tuple("Morning group", true));
    }

    @Test
    void only_an_administrator_may_add_a_centre() {
        assertThatThrownBy(() -> administration.addCentre(staff("sabine"), "Centre Sud"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.addCentre(staff("alex"), "Centre Sud"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(administration.centres()).extracting(CentreOption::name).doesNotContain("Centre Sud");

        CentreOption added = administration.addCentre(staff("claire"), "  Centre Sud ");

        assertThat(added.name()).isEqualTo("Centre Sud");
        assertThat(administration.centres()).contains(added);
    }

    @Test
    void a_centre_typed_again_in_other_capitals_is_the_same_centre() {
        CentreOption first = administration.addCentre(staff("claire"), "Centre Sud");

        CentreOption again = administration.addCentre(staff("claire"), "centre sud ");

        assertThat(again).isEqualTo(first);
        assertThat(administration.centres()).filteredOn(c -> c.name().equalsIgnoreCase("Centre Sud")).hasSize(1);
    }

    @Test
    void enrolling_refuses_a_blank_first_name() {
        assertEnrolmentRefused(aLearner("  ", "D", "2468"), "learner.first-name.required");
    }

    @Test
    void enrolling_refuses_an_initial_of_two_letters() {
        assertEnrolmentRefused(aLearner("Fatou", "AB", "2468"), "learner.initial.letter");
    }

    @Test
    void enrolling_refuses_a_code_that_is_not_four_digits() {
        assertEnrolmentRefused(aLearner("Fatou", "S", "12a4"), "learner.code.digits");
    }

    @Test
    void the_initial_is_stored_as_one_capital_letter() {
        long fatou = administration.enrol(staff("nora"), norasCohort.id(), aLearner(" Fatou ", "d.", "2468"));

        LearnerDetails enrolled = administration.learners(staff("nora"), norasCohort.id()).stream()
                .filter(l -> l.id() == fatou).findFirst().orElseThrow();
        assertThat(enrolled.firstName()).isEqualTo("Fatou");
        assertThat(enrolled.lastInitial()).isEqualTo("D");
        assertThat(enrolled.shortName()).isEqualTo("Fatou D.");
        assertThat(classroom.checkCode(fatou, "2468").accepted()).isTrue();
    }

    @Test
    void a_new_code_unlocks_a_locked_learner_and_replaces_the_old_one() {
        long leila = norasCohort.learnerIds()[0];
        String oldCode = People.codeOf(0);
        for (int i = 0; i < Learner.MAX_WRONG_CODES; i++) {
            classroom.checkCode(leila, "9876");
        }
        assertThat(classroom.learner(leila).orElseThrow().locked()).isTrue();

        administration.changeCode(staff("nora"), leila, "4321");

        assertThat(classroom.learner(leila).orElseThrow().locked()).isFalse();
        assertThat(classroom.checkCode(leila, oldCode).accepted()).isFalse();
        assertThat(classroom.checkCode(leila, "4321").accepted()).isTrue();
    }

    @Test
    void a_new_code_must_be_four_digits() {
        long leila = norasCohort.learnerIds()[0];

        assertThatThrownBy(() -> administration.changeCode(staff("nora"), leila, "123"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(classroom.checkCode(leila, People.codeOf(0)).accepted()).isTrue();
    }

    @Test
    void changing_the_picture_changes_her_tile() {
        long leila = norasCohort.learnerIds()[0];

        administration.changePicture(staff("nora"), leila, LearnerPicture.MOON);

        assertThat(classroom.learner(leila).orElseThrow().picture()).isEqualTo(LearnerPicture.MOON);
        assertThat(administration.learners(staff("nora"), norasCohort.id())).extracting(LearnerDetails::picture)
                .containsExactly(LearnerPicture.MOON);
    }

    @Test
    void the_list_of_teachers_holds_only_staff_with_the_teacher_role() {
        assertThat(administration.teachers()).extracting(StaffDirectory.StaffMember::displayName)
                .containsExactly("nora Name", "sabine Name");
        assertThat(administration.teachers()).extracting(StaffDirectory.StaffMember::id)
                .containsExactly(nora, sabine);
    }

    private void assertRefused(CohortDetails details, String messageKey) {
        int before = administration.cohorts(staff("claire"), true).size();

        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> administration.createCohort(staff("sabine"), details));

        assertThat(refused).as("refused: %s", details).isNotNull();
        assertThat(messagesOf(refused)).containsExactly(messageKey);
        assertThat(administration.cohorts(staff("claire"), true)).hasSize(before);
        assertThat(administration.cohorts(staff("sabine"), true)).isEmpty();
    }

    private void assertEnrolmentRefused(NewLearner learner, String messageKey) {
        ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class,
                () -> administration.enrol(staff("nora"), norasCohort.id(), learner));

        assertThat(refused).as("refused: %s", learner).isNotNull();
        assertThat(messagesOf(refused)).containsExactly(messageKey);
        assertThat(administration.learners(staff("nora"), norasCohort.id())).extracting(LearnerDetails::shortName)
                .containsExactly("Leila X.");
    }

    private static List<String> messagesOf(ConstraintViolationException refused) {
        return refused.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList();
    }

    private CohortDetails details(String name, Set<Long> teacherIds) {
        return new CohortDetails(name, centre, SEPTEMBER, 12, teacherIds);
    }

    private static NewLearner aLearner(String firstName, String initial, String code) {
        return new NewLearner(firstName, initial, LearnerPicture.STAR, code);
    }

    private SignedIn staff(String username) {
        return (SignedIn) staffAccounts.loadUserByUsername(username);
    }
}
