package org.digitalcentre.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.time.Clock;

/** Rules such as "not in the future" are checked against the app's clock, the one every feature and test uses. */
@Configuration
class ValidationClock {

    @Bean
    LocalValidatorFactoryBean defaultValidator(Clock clock) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> clock));
        return validator;
    }
}
