package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();
    private Instant now = Instant.parse("2026-11-25T02:00:00Z");

    @BeforeEach
    void fixedClock() {
        throttle.useClock(new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        });
    }

    @Test
    void fiveFailuresAreFreeThenEachWaitDoubles() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_USER - 1; i++) {
            throttle.failed("canbo", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("canbo", "10.0.0.9"));
        throttle.failed("canbo", "10.0.0.9");
        assertEquals(Duration.ofSeconds(15), throttle.waitBeforeAttempt("CanBo ", "10.0.0.10"), "by user name, from any address");

        now = now.plusSeconds(16);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("canbo", "10.0.0.10"));
        throttle.failed("canbo", "10.0.0.10");
        assertEquals(Duration.ofSeconds(30), throttle.waitBeforeAttempt("canbo", "10.0.0.10"));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("lanhdao", "10.0.0.11"), "other users are not slowed");
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedAndASuccessClearsTheName() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }
        assertTrue(throttle.waitBeforeAttempt("someone", "203.0.113.5").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone", "203.0.113.6"));

        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_USER; i++) {
            throttle.failed("thanhtra", "10.1.1.1");
        }
        throttle.succeeded("thanhtra");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("thanhtra", "10.1.1.2"));
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("canbo", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(61));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("canbo", "10.0.0.1"));
    }
}
