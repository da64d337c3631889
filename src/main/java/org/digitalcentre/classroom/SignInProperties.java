package org.digitalcentre.classroom;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the keypad slows down guessing: after the first wrong code the next one waits {@code wrongCodeDelay}, after
 * each further wrong code twice as long (1, 2, 4, 8 seconds by default); the fifth locks her.
 */
@ConfigurationProperties("digitalcentre.sign-in")
public class SignInProperties {

    private Duration wrongCodeDelay = Duration.ofSeconds(1);

    public Duration getWrongCodeDelay() {
        return wrongCodeDelay;
    }

    public void setWrongCodeDelay(Duration wrongCodeDelay) {
        this.wrongCodeDelay = wrongCodeDelay;
    }

    /** The wait after her {@code wrongCodes}-th wrong code in a row. */
    Duration delayAfter(int wrongCodes) {
        return wrongCodeDelay.multipliedBy(1L << Math.max(0, Math.min(wrongCodes - 1, 10)));
    }
}
