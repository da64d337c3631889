package org.digitalcentre.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Wrong passwords per network address, in memory: after {@code addressWrongPasswords} within
 * {@code addressWindow}, whatever the user names tried, the address is refused until the oldest of them is older
 * than the window. This slows down guessing across many accounts, which the per-account lock cannot see.
 */
@Component
class AddressThrottle {

    /** Beyond this many addresses, those with nothing recent are forgotten, so memory stays small. */
    private static final int SWEEP_ABOVE = 10_000;

    private final StaffSignInProperties settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    AddressThrottle(StaffSignInProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    synchronized boolean refuses(String address) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return false;
        }
        forgetOld(recent, clock.instant());
        return recent.size() >= settings.addressWrongPasswords();
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().forEach(recent -> forgetOld(recent, now));
            failures.values().removeIf(Deque::isEmpty);
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(address), any -> new ArrayDeque<>());
        forgetOld(recent, now);
        recent.addLast(now);
        while (recent.size() > settings.addressWrongPasswords()) {
            recent.removeFirst();
        }
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant windowStart = now.minus(settings.addressWindow());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
