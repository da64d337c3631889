package org.digitalcentre.classroom;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cookie by which a registered computer of the centre is known: a random token, given when a teacher registers
 * the computer (see {@link CentreComputers#register}). The browser cannot read it (HttpOnly) and it is sent only to
 * this app.
 */
public final class WorkstationCookie {

    public static final String NAME = "dc-computer";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private WorkstationCookie() {
    }

    public static Optional<String> tokenOf(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .filter(value -> value != null && TOKEN.matcher(value).matches()).findFirst();
    }

    public static void store(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(3650).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** What a request says about the computer it comes from. */
    public static CentreComputers.Computer computerOf(HttpServletRequest request) {
        return new CentreComputers.Computer(tokenOf(request).orElse(null),
                request == null ? null : request.getRemoteAddr());
    }
}
