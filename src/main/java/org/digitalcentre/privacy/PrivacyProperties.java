package org.digitalcentre.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.PeriodUnit;

import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * @param anonymiseAfter how long after a cohort ends its learners are anonymised: {@code P12M}, {@code P1Y6M}, or a
 *                       number of months ({@code 12})
 * @param anonymiseCron when the daily retention task runs (Spring cron: second minute hour day month weekday)
 */
@ConfigurationProperties("digitalcentre.privacy")
public record PrivacyProperties(@DefaultValue("12") @PeriodUnit(ChronoUnit.MONTHS) Period anonymiseAfter,
                                @DefaultValue("0 15 * * * *") String anonymiseCron) {
}
