package org.digitalcentre.simulation.password;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.PasswordSimulation;
import org.digitalcentre.simulation.SimEvent;
import org.digitalcentre.simulation.SimulationGrade;
import org.digitalcentre.simulation.Simulations;
import org.digitalcentre.simulation.StepOutcome;
import org.digitalcentre.simulation.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password task of the simulation fixtures: a passphrase of at least 15 characters, "very strong", with nothing
 * about Amina in it, typed twice, kept in a notebook at home. Graded by replaying the events, as the server does.
 */
class PasswordRunTest {

    static final PasswordSimulation TASK = (PasswordSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-password").orElseThrow()
            .exercise("new-account").orElseThrow();

    private static final String PASSPHRASE = "tortue-piano-soleil-lune";

    private static SimEvent password(String text) {
        return new SimEvent(PasswordRun.PASSWORD, "", text);
    }

    private static SimEvent confirm(String text) {
        return new SimEvent(PasswordRun.CONFIRM, "", text);
    }

    private static SimEvent keep(String wayId) {
        return SimEvent.of(PasswordRun.KEEP, wayId);
    }

    @Test
    void a_long_passphrase_of_unrelated_words_typed_twice_and_kept_at_home_gets_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(password("tortue"), password(PASSPHRASE),
                confirm(PASSPHRASE), keep("notebook")));

        assertThat(grade.steps()).containsExactly(new StepResult("no-facts", StepOutcome.RIGHT),
                new StepResult("long", StepOutcome.RIGHT), new StepResult("strong", StepOutcome.RIGHT),
                new StepResult("same-twice", StepOutcome.RIGHT), new StepResult("keep-it", StepOutcome.RIGHT));
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void her_name_and_birth_year_make_the_password_wrong_weak_and_short() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(password("Amina1987"), confirm("Amina1987"),
                keep("notebook")));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.WRONG,
                StepOutcome.WRONG, StepOutcome.WRONG, StepOutcome.RIGHT, StepOutcome.RIGHT);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isEqualTo(40);
    }

    @Test
    void a_personal_fact_is_found_in_any_case_and_without_its_accents() {
        PasswordRun run = new PasswordRun(TASK);
        run.apply(password("tortue-BELLÈCOMBE-piano-lune"));

        assertThat(run.factsIn()).extracting(PasswordSimulation.Fact::id).containsExactly("town");
        assertThat(run.steps().get(0).outcome()).isEqualTo(StepOutcome.WRONG);
    }

    @Test
    void two_different_texts_and_a_note_on_the_screen_are_wrong_even_with_a_strong_passphrase() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(password(PASSPHRASE),
                confirm("tortue-piano-soleil-lun"), keep("sticky-note")));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.WRONG, StepOutcome.WRONG);
    }

    @Test
    void what_counts_is_where_she_ends_once_she_fixes_the_password_and_the_way_to_keep_it() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(password("Fatou1987"), keep("text-message"),
                password(PASSPHRASE), confirm(PASSPHRASE), keep("notebook")));

        assertThat(grade.correct()).isTrue();
    }

    @Test
    void stopping_half_way_leaves_the_steps_it_needs_not_done() {
        SimulationGrade nothing = Simulations.grade(TASK, List.of(keep("notebook")));
        assertThat(nothing.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.NOT_DONE,
                StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.RIGHT);

        SimulationGrade notConfirmed = Simulations.grade(TASK, List.of(password(PASSPHRASE)));
        assertThat(notConfirmed.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.RIGHT, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE);
        assertThat(notConfirmed.refused()).isFalse();
        assertThat(notConfirmed.correct()).isFalse();
    }

    @Test
    void the_meter_goes_from_very_weak_to_very_strong_with_plain_advice() {
        PasswordRun run = new PasswordRun(TASK);
        run.apply(password("123456"));
        assertThat(run.measure().score()).isZero();
        assertThat(run.measure().advice()).contains("common");

        run.apply(password("zxcvfrewq"));
        assertThat(run.measure().advice()).contains("keyboard");

        run.apply(password("Fatou"));
        assertThat(run.measure().score()).as("a personal fact counts as the easiest word").isZero();

        run.apply(password(PASSPHRASE));
        assertThat(run.measure().score()).isEqualTo(4);
        assertThat(run.longEnough()).isTrue();
    }

    @Test
    void an_event_the_fields_could_not_produce_refuses_the_whole_try() {
        List<List<SimEvent>> tampered = List.of(
                List.of(password("")),                                     // no change: the field sends none
                List.of(password("tortue"), password("tortue")),
                List.of(password("x".repeat(PasswordSimulation.MAX_LENGTH + 1))), // longer than the field holds
                List.of(new SimEvent(PasswordRun.PASSWORD, "other-field", "tortue")),
                List.of(keep("under-the-keyboard")),                       // no such way
                List.of(keep("notebook"), keep("notebook")),
                List.of(SimEvent.of("reveal-answer")));

        for (List<SimEvent> events : tampered) {
            List<SimEvent> withTheRightWayAfter = new ArrayList<>(events);
            withTheRightWayAfter.addAll(List.of(password("girafe"), password(PASSPHRASE), confirm(PASSPHRASE),
                    keep("text-message"), keep("notebook")));
            SimulationGrade grade = Simulations.grade(TASK, withTheRightWayAfter);
            assertThat(grade.refused()).as("refused: %s", events).isTrue();
            assertThat(grade.correct()).isFalse();
            assertThat(grade.score()).isZero();
            assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
        }
    }
}
