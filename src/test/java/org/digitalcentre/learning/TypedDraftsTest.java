package org.digitalcentre.learning;

import org.digitalcentre.MovableClock;
import org.digitalcentre.People;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.security.StaffAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words a learner typed and did not check are kept as she types, so that being signed out on a shared computer
 * (the idle limit, a closed browser) loses nothing. The fixture module's exercise stands in for one with blanks: the
 * service keeps words for any exercise.
 */
@Import(MovableClock.InTests.class)
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class TypedDraftsTest {

    @Autowired
    LearningService learning;
    @Autowired
    ContentCatalogue catalogue;
    @Autowired
    ClassroomService classroom;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    MovableClock clock;

    private Module module;
    private Exercise exercise;
    private long amina;

    @BeforeEach
    void aminaIsEnrolled() {
        clock.setTo(Instant.parse("2026-09-07T08:00:00Z"));
        module = catalogue.module("test-browsing").orElseThrow();
        exercise = (Exercise) module.steps().stream().filter(Exercise.class::isInstance).findFirst().orElseThrow();
        amina = new People(staffAccounts, classroom).createCohort("Morning group", List.of(), "Amina")
                .learnerIds()[0];
    }

    @Test
    void the_words_she_typed_are_kept_and_replaced_as_she_types() {
        learning.keepTypedDraft(amina, module, exercise, List.of("mot de pa", ""));
        learning.keepTypedDraft(amina, module, exercise, List.of("mot de passe", "clé"));

        assertThat(learning.typedDraftOf(amina, module.id(), exercise.id())).contains(List.of("mot de passe", "clé"));
        assertThat(learning.draftOf(amina, module.id(), exercise.id())).as("not a simulation try").isEmpty();
    }

    @Test
    void erasing_every_word_forgets_the_draft() {
        learning.keepTypedDraft(amina, module, exercise, List.of("mot"));
        learning.keepTypedDraft(amina, module, exercise, List.of(" ", ""));

        assertThat(learning.typedDraftOf(amina, module.id(), exercise.id())).isEmpty();
    }

    @Test
    void checking_her_answer_leaves_no_draft_behind() {
        learning.keepTypedDraft(amina, module, exercise, List.of("mot"));

        learning.answer(amina, module, exercise, new Answer.TrueOrFalse(true), "fr", clock.instant(), false);

        assertThat(learning.typedDraftOf(amina, module.id(), exercise.id())).isEmpty();
    }

    @Test
    void another_learners_draft_is_not_hers() {
        learning.keepTypedDraft(amina, module, exercise, List.of("mot"));

        assertThat(learning.typedDraftOf(amina + 1000, module.id(), exercise.id())).isEmpty();
    }
}
