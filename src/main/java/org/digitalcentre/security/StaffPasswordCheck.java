package org.digitalcentre.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The staff password check behind the login form: Spring Security's own check (it refuses a locked or disabled
 * account even with the right password, and does not tell an unknown user name from a wrong password), around
 * which wrong passwords are counted per account and per network address.
 */
@Component
class StaffPasswordCheck implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final StaffAccountService staff;
    private final AddressThrottle throttle;

    StaffPasswordCheck(StaffAccountService staff, PasswordEncoder passwordEncoder, AddressThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(staff);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setUserDetailsPasswordService(staff);
        this.staff = staff;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttle.refuses(address)) {
            throw new TooManyTriesFromAddressException();
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            staff.rightPassword(signedIn.getName());
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(address);
            if (staff.wrongPassword(String.valueOf(authentication.getPrincipal()))) {
                // The try that locks the account says so at once, not only the next one.
                throw new LockedException("Locked after too many wrong passwords", wrong);
            }
            throw wrong;
        } catch (AuthenticationException refused) {
            throttle.failed(address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many wrong passwords from this address lately: refused for a while, whatever the account. */
    static class TooManyTriesFromAddressException extends AuthenticationException {
        TooManyTriesFromAddressException() {
            super("Too many wrong passwords from this address");
        }
    }
}
