package vn.dannguyen.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Guessing tracking codes from one address slows to a crawl; a few typing mistakes cost nothing. */
class LookupThrottleTest {

    private Instant now = Instant.parse("2026-11-30T02:00:00Z");
    private final LookupThrottle throttle = new LookupThrottle();

    LookupThrottleTest() {
        throttle.useClock(new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        });
    }

    @Test
    void twentyMissesAreFreeThenEachWaitsLongerUpToFifteenMinutes() {
        for (int i = 0; i < LookupThrottle.FREE_MISSES_PER_ADDRESS - 1; i++) {
            throttle.missed("203.0.113.7");
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeLookup("203.0.113.7"), "nineteen mistakes cost nothing");
        throttle.missed("203.0.113.7");
        assertEquals(Duration.ofSeconds(30), throttle.waitBeforeLookup("203.0.113.7"));
        assertEquals(Duration.ZERO, throttle.waitBeforeLookup("198.51.100.1"), "other addresses are not held up");
        for (int i = 0; i < 20; i++) {
            throttle.missed("203.0.113.7");
        }
        assertEquals(Duration.ofMinutes(15), throttle.waitBeforeLookup("203.0.113.7"), "the wait stops growing at 15 minutes");
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, throttle.waitBeforeLookup("203.0.113.7"));
        now = now.plus(Duration.ofHours(2));
        throttle.missed("203.0.113.7");
        assertEquals(Duration.ZERO, throttle.waitBeforeLookup("203.0.113.7"), "old misses are forgotten after an hour");
    }

    @Test
    void theFreeMissesCanBeConfigured() {
        assertEquals(500, LookupThrottle.freeMisses("500"));
        assertEquals(LookupThrottle.FREE_MISSES_PER_ADDRESS, LookupThrottle.freeMisses("nhiều"));
        assertTrue(LookupThrottle.freeMisses(null) > 0);
    }
}
