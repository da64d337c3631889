package org.digitalcentre.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention setting is read as Spring Boot reads it at start, without starting the app. */
class PrivacyPropertiesTest {

    private static PrivacyProperties read(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("digitalcentre.privacy", PrivacyProperties.class);
    }

    @Test
    void without_a_setting_learners_are_anonymised_twelve_months_after_their_cohort_ends() {
        assertThat(read(Map.of()).anonymiseAfter()).isEqualTo(Period.ofMonths(12));
    }

    @Test
    void the_setting_is_a_number_of_months_or_an_iso_period() {
        assertThat(read(Map.of("digitalcentre.privacy.anonymise-after", "18")).anonymiseAfter())
                .isEqualTo(Period.ofMonths(18));
        assertThat(read(Map.of("digitalcentre.privacy.anonymise-after", "P12M")).anonymiseAfter())
                .isEqualTo(Period.ofMonths(12));
        assertThat(read(Map.of("digitalcentre.privacy.anonymise-after", "P2Y")).anonymiseAfter())
                .isEqualTo(Period.ofYears(2));
    }
}
