package org.digitalcentre.live;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A workstation's name ("Poste 3"), kept in a cookie of that computer's browser, so that the live view can say
 * where each learner sits. Staff name a computer once, from that computer.
 */
public final class Workstations {

    public static final String COOKIE = "dc-workstation";
    public static final int NAME_MAX = 30;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} _.-]{1," + NAME_MAX + "}");

    private Workstations() {
    }

    public static Optional<String> nameOf(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(value -> URLDecoder.decode(value, StandardCharsets.UTF_8))
                .filter(Workstations::isValid).findFirst();
    }

    public static boolean isValid(String name) {
        return name != null && ALLOWED.matcher(name.strip()).matches();
    }

    public static void name(HttpServletResponse response, String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("Not a workstation name");
        }
        Cookie cookie = new Cookie(COOKIE, URLEncoder.encode(name.strip(), StandardCharsets.UTF_8));
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(3650).toSeconds());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
