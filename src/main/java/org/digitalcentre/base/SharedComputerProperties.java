package org.digitalcentre.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a signed-in person may leave a shared computer alone before she is signed out.
 *
 * @param learnerIdle a learner is signed out after this long without touching the mouse, the keyboard or the screen
 * @param staffIdle the same for teachers, authors and administrators
 * @param warnBefore how long before that a large dialog counts down with "I'm still here" (at most half the limit)
 */
@ConfigurationProperties("digitalcentre.session")
public record SharedComputerProperties(@DefaultValue("PT10M") Duration learnerIdle,
                                       @DefaultValue("PT30M") Duration staffIdle,
                                       @DefaultValue("PT1M") Duration warnBefore) {

    public Duration idleLimitFor(Role role) {
        return role == Role.LEARNER ? learnerIdle : staffIdle;
    }

    /** When the countdown starts, before the limit: never more than half of it. */
    public Duration warningFor(Role role) {
        Duration limit = idleLimitFor(role);
        return warnBefore.compareTo(limit.dividedBy(2)) > 0 ? limit.dividedBy(2) : warnBefore;
    }
}
