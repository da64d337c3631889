package org.digitalcentre.learning;

import org.digitalcentre.content.Feedback;
import org.digitalcentre.content.LocalizedText;
import org.digitalcentre.content.Module;
import org.digitalcentre.content.Step;
import org.digitalcentre.content.TextStep;
import org.digitalcentre.content.TrueFalseExercise;
import org.digitalcentre.learning.ModuleResult.FirstTry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The definitions every screen shares: answered, score, first-try success, done and mastered. */
class ModuleResultTest {

    private static final LocalizedText TEXT = LocalizedText.of("Texte", "Text");

    @Test
    void four_right_of_five_at_the_first_try_meets_a_mastery_of_80_percent_exactly() {
        Module module = moduleWith(5, 80);

        ModuleResult result = ModuleResult.of(module, tries(true, true, true, true, false), true, 120);

        assertThat(result.status()).isEqualTo(ModuleStatus.MASTERED);
        assertThat(result.firstTryRight()).isEqualTo(4);
        assertThat(result.score()).isEqualTo(80);
    }

    @Test
    void three_right_of_four_at_the_first_try_just_misses_a_mastery_of_80_percent() {
        Module module = moduleWith(4, 80);

        ModuleResult result = ModuleResult.of(module, tries(true, true, true, false), true, 120);

        assertThat(result.status()).isEqualTo(ModuleStatus.DONE);
        assertThat(result.score()).isEqualTo(75);
    }

    @Test
    void a_mastery_of_100_percent_needs_every_first_try_right() {
        Module module = moduleWith(3, 100);

        assertThat(ModuleResult.of(module, tries(true, true, false), true, 0).status()).isEqualTo(ModuleStatus.DONE);
        assertThat(ModuleResult.of(module, tries(true, true, true), true, 0).status())
                .isEqualTo(ModuleStatus.MASTERED);
    }

    @Test
    void every_first_try_wrong_is_still_done() {
        ModuleResult result = ModuleResult.of(moduleWith(2, 80), tries(false, false), true, 0);

        assertThat(result.status()).isEqualTo(ModuleStatus.DONE);
        assertThat(result.score()).isZero();
        assertThat(result.firstTryRight()).isZero();
    }

    @Test
    void a_module_opened_with_nothing_answered_is_in_progress() {
        ModuleResult result = ModuleResult.of(moduleWith(3, 80), List.of(), true, 30);

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.exercisesAnswered()).isZero();
        assertThat(result.exerciseCount()).isEqualTo(3);
        assertThat(result.secondsSpent()).isEqualTo(30);
    }

    @Test
    void a_module_never_opened_nor_answered_is_not_started() {
        Module module = moduleWith(3, 80);

        assertThat(ModuleResult.of(module, List.of(), false, 0).status()).isEqualTo(ModuleStatus.NOT_STARTED);
        assertThat(ModuleResult.notStarted(module))
                .isEqualTo(new ModuleResult(module.id(), ModuleStatus.NOT_STARTED, 0, 0, 3, 0, 0));
    }

    @Test
    void an_answer_without_an_opening_still_counts_as_in_progress() {
        ModuleResult result = ModuleResult.of(moduleWith(3, 80), tries(true), false, 0);

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
    }

    @Test
    void the_score_is_the_mean_over_all_the_exercises_answered_or_not_and_rounded() {
        Module module = moduleWith(3, 80);

        assertThat(ModuleResult.of(module, tries(true), true, 0).score()).isEqualTo(33);
        assertThat(ModuleResult.of(module, tries(true, true), true, 0).score()).isEqualTo(67);
        assertThat(ModuleResult.of(module, List.of(new FirstTry("exercise-1", false, 50)), true, 0).score())
                .isEqualTo(17);
    }

    @Test
    void an_exercise_the_author_has_removed_does_not_count() {
        Module module = moduleWith(2, 80);
        List<FirstTry> tries = new ArrayList<>(tries(true));
        tries.add(new FirstTry("removed-exercise", true, 100));

        ModuleResult result = ModuleResult.of(module, tries, true, 0);

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.exercisesAnswered()).isEqualTo(1);
        assertThat(result.firstTryRight()).isEqualTo(1);
        assertThat(result.score()).isEqualTo(50);
    }

    @Test
    void a_second_first_try_for_the_same_exercise_counts_once() {
        Module module = moduleWith(2, 80);
        List<FirstTry> tries = List.of(new FirstTry("exercise-1", true, 100), new FirstTry("exercise-1", true, 100));

        ModuleResult result = ModuleResult.of(module, tries, true, 0);

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.exercisesAnswered()).isEqualTo(1);
        assertThat(result.score()).isEqualTo(50);
    }

    @Test
    void a_module_without_exercises_is_never_done() {
        Module module = moduleWith(0, 80);

        ModuleResult result = ModuleResult.of(module, List.of(), true, 60);

        assertThat(result.status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(result.score()).isZero();
    }

    /** A module of one text followed by exercises {@code exercise-1}, {@code exercise-2}, ... */
    private static Module moduleWith(int exercises, int masteryPercent) {
        List<Step> steps = new ArrayList<>();
        steps.add(new TextStep("intro", TEXT));
        for (int i = 1; i <= exercises; i++) {
            steps.add(new TrueFalseExercise("exercise-" + i, TEXT, true, new Feedback(TEXT, TEXT), null));
        }
        return new Module("a-module", "a-topic", 1, List.of("1.1"), 10, masteryPercent, TEXT, TEXT, steps,
                "0123456789ab", Path.of("a-module"));
    }

    /** First tries at exercise-1, exercise-2, ... right or wrong in that order, scored 100 or 0. */
    private static List<FirstTry> tries(boolean... right) {
        List<FirstTry> tries = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            tries.add(new FirstTry("exercise-" + (i + 1), right[i], right[i] ? 100 : 0));
        }
        return tries;
    }
}
