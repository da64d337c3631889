package org.digitalcentre.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param idleHelpAfter how long on one step, without doing anything, before the live view flags that she may need help
 * @param wrongTriesForHelp how many wrong tries in a row on one exercise flag it
 * @param refreshEvery how often the live view's idle times move on by themselves
 * @param goneAfter a learner whose browser has not been heard from (not even its heartbeat) for this long has left
 *                  the room, even without "I'm done": she closed the browser
 */
@ConfigurationProperties("digitalcentre.live")
public record LiveProperties(@DefaultValue("PT5M") Duration idleHelpAfter,
                             @DefaultValue("3") int wrongTriesForHelp,
                             @DefaultValue("PT10S") Duration refreshEvery,
                             @DefaultValue("PT45S") Duration goneAfter) {
}
