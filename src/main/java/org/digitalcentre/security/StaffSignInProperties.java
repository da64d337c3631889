package org.digitalcentre.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param staffWrongPasswords wrong passwords in a row that lock a staff account
 * @param staffLockFor how long a staff account stays locked (an administrator can unlock it sooner)
 * @param addressWrongPasswords wrong passwords from one network address, whatever the account, that make the
 *                              sign-in refuse that address for a while
 * @param addressWindow the time over which those are counted, and how long the address is refused
 */
@ConfigurationProperties("digitalcentre.security")
public record StaffSignInProperties(@DefaultValue("5") int staffWrongPasswords,
                                    @DefaultValue("PT15M") Duration staffLockFor,
                                    @DefaultValue("20") int addressWrongPasswords,
                                    @DefaultValue("PT15M") Duration addressWindow) {
}
