package org.digitalcentre.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Quick exit, as shelters' websites have it: one press (or Escape three times) replaces the page with a neutral one.
 *
 * @param address where the page goes: by default a plain weather page served by the app, which says nothing of the
 *                centre; a centre may give any address (a news or weather site)
 */
@ConfigurationProperties("digitalcentre.quick-exit")
public record QuickExitProperties(@DefaultValue(DEFAULT_ADDRESS) String address) {

    public static final String DEFAULT_ADDRESS = "/meteo.html";
}
