package org.digitalcentre.live;

import org.digitalcentre.live.LiveLearner.HelpReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LiveLearnerTest {

    private static final LiveProperties SETTINGS = new LiveProperties(Duration.ofMinutes(5), 3, Duration.ofSeconds(10),
            Duration.ofSeconds(45));
    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

    private final LiveLearner amina = new LiveLearner(1, 7, "Amina D.", "Poste 3", null, 0, 0, null, 0, NINE, null);

    @Test
    void a_learner_who_just_arrived_needs_nothing() {
        assertThat(amina.helpReasons(NINE.plusSeconds(30), SETTINGS)).isEmpty();
    }

    @Test
    void three_wrong_tries_in_a_row_on_one_exercise_flag_her() {
        LiveLearner onExercise = amina.at("browsing", 2, 5, "where", NINE);
        LiveLearner twice = onExercise.answered("where", false, NINE).answered("where", false, NINE);
        assertThat(twice.helpReasons(NINE, SETTINGS)).isEmpty();

        assertThat(twice.answered("where", false, NINE).helpReasons(NINE, SETTINGS))
                .containsExactly(HelpReason.WRONG_TRIES);
    }

    @Test
    void a_right_answer_or_another_exercise_starts_the_count_again() {
        LiveLearner twice = amina.at("browsing", 2, 5, "where", NINE).answered("where", false, NINE)
                .answered("where", false, NINE);

        assertThat(twice.answered("where", true, NINE).wrongTriesInARow()).isZero();
        assertThat(twice.at("browsing", 3, 5, "padlock", NINE).wrongTriesInARow()).isZero();
        assertThat(twice.answered("padlock", false, NINE).wrongTriesInARow()).isEqualTo(1);
    }

    @Test
    void idle_on_one_step_longer_than_the_setting_flags_her_but_not_on_her_home() {
        LiveLearner onStep = amina.at("browsing", 2, 5, null, NINE);

        assertThat(onStep.helpReasons(NINE.plus(Duration.ofMinutes(4)), SETTINGS)).isEmpty();
        assertThat(onStep.helpReasons(NINE.plus(Duration.ofMinutes(5)), SETTINGS)).containsExactly(HelpReason.IDLE);
        assertThat(amina.helpReasons(NINE.plus(Duration.ofMinutes(30)), SETTINGS)).isEmpty();
        assertThat(onStep.idle(NINE.plus(Duration.ofMinutes(7)))).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void asking_for_help_shows_until_the_teacher_has_helped() {
        LiveLearner asking = amina.askingForHelp(NINE);
        assertThat(asking.helpReasons(NINE, SETTINGS)).containsExactly(HelpReason.ASKED);

        assertThat(asking.helped(NINE.plusSeconds(60)).helpReasons(NINE.plusSeconds(60), SETTINGS)).isEmpty();
    }
}
