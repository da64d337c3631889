package org.digitalcentre.simulation.mousekeyboard;

import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.ContentProperties;
import org.digitalcentre.content.MouseKeyboardSimulation;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The practice of the simulation fixtures: click Mail, double-click the Photos folder, right-click the letter, drag
 * the draft onto the bin, scroll to the signature, type an e-mail address and a line with accents. Graded by
 * replaying the events, as the server does; the figures are counted from the same events.
 */
class MouseKeyboardRunTest {

    static final MouseKeyboardSimulation TASK = (MouseKeyboardSimulation) new ContentCatalogue(new ContentProperties(
            Path.of("src/test/resources/content-fixtures/simulations"))).module("test-sim-mouse-keyboard")
            .orElseThrow().exercise("tidy-the-desktop").orElseThrow();

    private static final SimEvent CLICK_MAIL = new SimEvent(MouseKeyboardRun.CLICK, "open-mail", "1500");
    private static final SimEvent OPEN_PHOTOS = new SimEvent(MouseKeyboardRun.DOUBLE_CLICK, "open-photos", "2500");
    private static final SimEvent LETTER_MENU = new SimEvent(MouseKeyboardRun.RIGHT_CLICK, "letter-menu", "2000");
    private static final SimEvent DRAFT_IN_BIN = new SimEvent(MouseKeyboardRun.DROP_ON, "bin-the-draft", "3000");
    private static final SimEvent SIGNATURE = new SimEvent(MouseKeyboardRun.SCROLLED_TO, "find-signature", "1000");
    private static final SimEvent ADDRESS = typed("type-address", 15_000, "amina.diallo@exemple.fr");
    private static final SimEvent NOTE = typed("type-note", 12_000, "Réunion à 14 h, café");

    private static final List<SimEvent> RIGHT_WAY = List.of(CLICK_MAIL, OPEN_PHOTOS, LETTER_MENU, DRAFT_IN_BIN,
            SIGNATURE, ADDRESS, NOTE);

    @Test
    void every_target_hit_with_the_right_action_and_both_lines_typed_exactly_get_every_step_right() {
        SimulationGrade grade = Simulations.grade(TASK, RIGHT_WAY);

        assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.RIGHT).hasSize(7);
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(100);
    }

    @Test
    void the_figures_count_actions_accuracy_seconds_per_target_and_characters_per_minute() {
        MouseKeyboardRun run = runOf(RIGHT_WAY);

        MouseKeyboardRun.Figures figures = run.figures();
        assertThat(figures.actions()).isEqualTo(7);
        assertThat(figures.misses()).isZero();
        assertThat(figures.accuracyPercent()).isEqualTo(100);
        assertThat(figures.secondsPerAction()).isCloseTo(2.0, within(0.001));
        // 23 + 20 characters in 27 seconds
        assertThat(figures.charactersPerMinute()).isEqualTo(96);
        assertThat(SkillFigures.describe(figures, "fr")).isEqualTo("Précision 100\u00a0%, 2,0\u00a0s par action, "
                + "96 caractères/min");
        assertThat(SkillFigures.describe(figures, "en")).isEqualTo("Accuracy 100%, 2.0 s per action, "
                + "96 characters/min");
    }

    @Test
    void a_miss_makes_its_step_wrong_even_when_she_hits_the_target_after_and_lowers_her_accuracy() {
        List<SimEvent> events = new ArrayList<>(RIGHT_WAY);
        events.add(0, new SimEvent(MouseKeyboardRun.CLICK, MouseKeyboardRun.MISS, "800"));
        SimulationGrade grade = Simulations.grade(TASK, events);

        assertThat(grade.steps().get(0)).isEqualTo(new StepResult("open-mail", StepOutcome.WRONG));
        assertThat(grade.steps().subList(1, 7)).extracting(StepResult::outcome).containsOnly(StepOutcome.RIGHT);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isEqualTo(86);
        assertThat(SkillFigures.of(TASK, events, "fr")).startsWith("Précision 88\u00a0%");
    }

    @Test
    void a_single_click_where_a_double_click_is_asked_is_a_wrong_action_and_the_target_stays() {
        MouseKeyboardRun run = runOf(List.of(CLICK_MAIL, new SimEvent(MouseKeyboardRun.CLICK, "open-photos", "900")));

        assertThat(run.currentStep().id()).isEqualTo("open-photos");
        assertThat(run.currentWentWrong()).isTrue();
        assertThat(run.apply(OPEN_PHOTOS)).isTrue();
        assertThat(run.steps()).extracting(StepResult::outcome).startsWith(StepOutcome.RIGHT, StepOutcome.WRONG,
                StepOutcome.NOT_DONE);
    }

    @Test
    void a_drag_dropped_beside_the_bin_is_a_miss() {
        MouseKeyboardRun run = runOf(List.of(CLICK_MAIL, OPEN_PHOTOS, LETTER_MENU,
                new SimEvent(MouseKeyboardRun.DROP_ON, MouseKeyboardRun.MISS, "2000"), DRAFT_IN_BIN));

        assertThat(run.steps().get(3)).isEqualTo(new StepResult("bin-the-draft", StepOutcome.WRONG));
        assertThat(run.figures().misses()).isEqualTo(1);
    }

    @Test
    void a_line_without_its_accent_is_wrong_with_why_and_typed_again_exactly_it_is_done() {
        MouseKeyboardRun run = runOf(List.of(CLICK_MAIL, OPEN_PHOTOS, LETTER_MENU, DRAFT_IN_BIN, SIGNATURE, ADDRESS,
                typed("type-note", 9000, "Reunion à 14 h, café")));

        assertThat(run.lastTyping()).isEqualTo(MouseKeyboardRun.TypingProblem.ACCENTS);
        assertThat(run.currentStep().id()).isEqualTo("type-note");
        run.apply(NOTE);
        assertThat(run.currentStep()).isNull();
        assertThat(run.steps()).extracting(StepResult::outcome).endsWith(StepOutcome.RIGHT, StepOutcome.WRONG);
    }

    @Test
    void how_a_typed_line_differs_is_told_plainly() {
        assertThat(MouseKeyboardRun.problemOf("amina.dialloexemple.fr", "amina.diallo@exemple.fr"))
                .isEqualTo(MouseKeyboardRun.TypingProblem.AT_SIGN);
        assertThat(MouseKeyboardRun.problemOf("réunion à 14 h, café", "Réunion à 14 h, café"))
                .isEqualTo(MouseKeyboardRun.TypingProblem.CAPITALS);
        assertThat(MouseKeyboardRun.problemOf("Réunion à 14h, café", "Réunion à 14 h, café"))
                .isEqualTo(MouseKeyboardRun.TypingProblem.SPACES);
        assertThat(MouseKeyboardRun.problemOf("Réunion à 15 h, café", "Réunion à 14 h, café"))
                .isEqualTo(MouseKeyboardRun.TypingProblem.OTHER);
    }

    @Test
    void stopping_half_way_leaves_the_other_steps_not_done() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(CLICK_MAIL, OPEN_PHOTOS));

        assertThat(grade.steps()).extracting(StepResult::outcome).containsExactly(StepOutcome.RIGHT,
                StepOutcome.RIGHT, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE, StepOutcome.NOT_DONE,
                StepOutcome.NOT_DONE, StepOutcome.NOT_DONE);
        assertThat(grade.refused()).isFalse();
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void an_action_on_a_target_that_is_not_shown_now_refuses_the_whole_try() {
        SimulationGrade grade = Simulations.grade(TASK, List.of(CLICK_MAIL, LETTER_MENU));

        assertThat(grade.refused()).isTrue();
        assertThat(grade.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
        assertThat(SkillFigures.of(TASK, List.of(CLICK_MAIL, LETTER_MENU), "fr")).isEmpty();
    }

    @Test
    void an_action_the_current_target_cannot_get_is_refused_and_changes_nothing() {
        MouseKeyboardRun run = new MouseKeyboardRun(TASK);

        assertThat(run.apply(new SimEvent(MouseKeyboardRun.DROP_ON, "open-mail", "100"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.SCROLLED_TO, "open-mail", "100"))).isFalse();
        assertThat(run.apply(typed("open-mail", 100, "Messagerie"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.SCROLLED_TO, MouseKeyboardRun.MISS, "100"))).isFalse();
        assertThat(run.apply(new SimEvent("hover", "open-mail", "100"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, "open-mail", "-5"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, "open-mail", "soon"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, "open-mail", "99999999"))).isFalse();
        assertThat(run.steps()).extracting(StepResult::outcome).containsOnly(StepOutcome.NOT_DONE);
        assertThat(run.figures().actions()).isZero();
    }

    @Test
    void a_click_on_a_line_to_type_and_anything_after_the_last_step_are_refused() {
        MouseKeyboardRun run = runOf(List.of(CLICK_MAIL, OPEN_PHOTOS, LETTER_MENU, DRAFT_IN_BIN, SIGNATURE));

        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, "type-address", "100"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, MouseKeyboardRun.MISS, "100"))).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.TYPED, "type-address", "amina.diallo@exemple.fr")))
                .as("no time").isFalse();
        run.apply(ADDRESS);
        run.apply(NOTE);
        assertThat(run.apply(NOTE)).isFalse();
        assertThat(run.apply(new SimEvent(MouseKeyboardRun.CLICK, MouseKeyboardRun.MISS, "100"))).isFalse();
    }

    private static MouseKeyboardRun runOf(List<SimEvent> events) {
        MouseKeyboardRun run = new MouseKeyboardRun(TASK);
        events.forEach(event -> assertThat(run.apply(event)).as("%s", event).isTrue());
        return run;
    }

    private static SimEvent typed(String stepId, long millis, String text) {
        return new SimEvent(MouseKeyboardRun.TYPED, stepId, millis + MouseKeyboardRun.TYPED_SEPARATOR + text);
    }
}
