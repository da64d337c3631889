package org.digitalcentre.classroom;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The week of the programme a day falls in, for a twelve-week cohort starting on Monday 7 September 2026. */
class CohortScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private final CohortSchedule schedule = new CohortSchedule(1, START, 12);

    @Test
    void a_day_before_the_start_is_in_week_1() {
        assertThat(schedule.weekOf(START.minusDays(1))).isEqualTo(1);
        assertThat(schedule.weekOf(START.minusWeeks(3))).isEqualTo(1);
    }

    @Test
    void the_start_day_is_in_week_1() {
        assertThat(schedule.weekOf(START)).isEqualTo(1);
    }

    @Test
    void the_sixth_day_after_the_start_is_still_in_week_1() {
        assertThat(schedule.weekOf(START.plusDays(6))).isEqualTo(1);
    }

    @Test
    void the_seventh_day_after_the_start_begins_week_2() {
        assertThat(schedule.weekOf(START.plusDays(7))).isEqualTo(2);
        assertThat(schedule.weekOf(START.plusDays(13))).isEqualTo(2);
    }

    @Test
    void the_last_day_of_the_programme_is_in_the_last_week() {
        assertThat(schedule.weekOf(START.plusWeeks(12).minusDays(1))).isEqualTo(12);
    }

    @Test
    void a_day_after_the_end_is_in_the_last_week() {
        assertThat(schedule.weekOf(START.plusWeeks(12))).isEqualTo(12);
        assertThat(schedule.weekOf(START.plusYears(1))).isEqualTo(12);
    }
}
