package org.digitalcentre.live;

import org.digitalcentre.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is in the room when browsers go quiet: a closed browser stops its heartbeat, and she leaves the room. */
class LiveClassroomTest {

    private static final LiveProperties SETTINGS = new LiveProperties(Duration.ofMinutes(5), 3, Duration.ofSeconds(10),
            Duration.ofSeconds(45));
    private static final long AMINA = 1;
    private static final long MORNING = 7;

    private final MovableClock clock = new MovableClock();
    private final LiveClassroom room = new LiveClassroom(clock, SETTINGS);

    @Test
    void a_learner_whose_browser_is_closed_without_im_done_leaves_the_room_within_a_minute() {
        room.signedIn(AMINA, MORNING, "Amina D.", "Poste 3");

        clock.advance(Duration.ofSeconds(40));
        room.tick();
        assertThat(room.cohort(MORNING)).extracting(LiveLearner::shortName).containsExactly("Amina D.");

        clock.advance(Duration.ofSeconds(10));
        room.tick();
        assertThat(room.cohort(MORNING)).isEmpty();
        assertThat(room.cohortOf(AMINA)).isEmpty();
    }

    @Test
    void her_browsers_heartbeat_keeps_her_in_the_room_while_she_reads() {
        room.signedIn(AMINA, MORNING, "Amina D.", "Poste 3");

        for (int beat = 0; beat < 8; beat++) {
            clock.advance(Duration.ofSeconds(15));
            room.heard(AMINA);
            room.tick();
        }

        assertThat(room.cohort(MORNING)).extracting(LiveLearner::shortName).containsExactly("Amina D.");
    }

    @Test
    void what_she_does_counts_as_being_heard() {
        room.signedIn(AMINA, MORNING, "Amina D.", "Poste 3");
        clock.advance(Duration.ofSeconds(40));
        room.onStep(AMINA, "test-browsing", 2, 4, "where-to-type");

        clock.advance(Duration.ofSeconds(40));
        room.tick();

        assertThat(room.cohortOf(AMINA)).contains(MORNING);
    }

    @Test
    void a_heartbeat_after_she_left_does_not_bring_her_back() {
        room.signedIn(AMINA, MORNING, "Amina D.", "Poste 3");
        room.signedOut(AMINA);

        room.heard(AMINA);

        assertThat(room.cohort(MORNING)).isEmpty();
    }
}
