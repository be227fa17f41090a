package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    /** An attempt that goes through and fails (it was counted when it started). */
    private SignInThrottle.Attempt fail(String user, String address) {
        SignInThrottle.Attempt attempt = throttle.attempt(user, address, Optional.empty());
        assertFalse(attempt.refused(), user + " from " + address + " should have been let through");
        return attempt;
    }

    @Test
    void fiveFailuresOfAnAccountFromOneAddressAreFreeThenEachWaitDoubles() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            fail("canbo", "10.0.0.1");
        }
        SignInThrottle.Attempt refused = throttle.attempt("CanBo ", "10.0.0.1", Optional.empty());
        assertEquals(Duration.ofSeconds(15), refused.retryAfter(), "the same account however typed in capitals");

        now = now.plusSeconds(16);
        fail("canbo", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), throttle.attempt("canbo", "10.0.0.1", Optional.empty()).retryAfter());
        assertFalse(throttle.attempt("lanhdao", "10.0.0.1", Optional.empty()).refused(), "other accounts are not slowed");
    }

    @Test
    void anAccountFailingFromManyAddressesWaitsAtMostAMinuteAndItsKnownBrowsersNotAtAll() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            fail("lanhdao", "198.51.100." + i);
        }
        assertEquals(Duration.ofSeconds(15), throttle.attempt("lanhdao", "198.51.100.200", Optional.empty()).retryAfter());
        for (int round = 0; round < 30; round++) {
            now = now.plus(SignInThrottle.LONGEST_ACCOUNT_WAIT);
            fail("lanhdao", "198.51.101." + round);
            Duration wait = throttle.attempt("lanhdao", "198.51.102." + round, Optional.empty()).retryAfter();
            assertTrue(wait.compareTo(SignInThrottle.LONGEST_ACCOUNT_WAIT) <= 0, "round " + round + ": " + wait);
        }
        assertFalse(throttle.attempt("lanhdao", "192.0.2.7", Optional.of("browser-of-the-owner")).refused(),
                "a browser that signed in to the account before is not held by the others' failures");
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedAndASuccessForgivesTheAccount() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail("user" + i, "203.0.113.5");
        }
        assertTrue(throttle.attempt("someone", "203.0.113.5", Optional.empty()).refused());
        assertFalse(throttle.attempt("someone", "203.0.113.6", Optional.empty()).refused());

        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1; i++) {
            fail("thanhtra", "10.1.1.1");
        }
        throttle.succeeded(fail("thanhtra", "10.1.1.1"));
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            fail("thanhtra", "10.1.1.1");
        }
    }

    @Test
    void othersFailingFromTheOfficesAddressDoNotHoldABrowserThatSignedInBefore() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS + 2; i++) {
            throttle.attempt("khongco" + i, "203.0.113.50", Optional.empty());
        }
        assertTrue(throttle.attempt("lanhdao", "203.0.113.50", Optional.empty()).refused(), "a new browser at that address waits");
        assertFalse(throttle.attempt("lanhdao", "203.0.113.50", Optional.of("lanhdao-pc")).refused(),
                "the leader's own browser does not");
    }

    @Test
    void anAttemptNeverCheckedDoesNotCount() {
        for (int i = 0; i < 50; i++) {
            throttle.notChecked(fail("quantri", "10.2.2.2"));
        }
        assertFalse(throttle.attempt("quantri", "10.2.2.2", Optional.empty()).refused());
    }

    @Test
    void anAttemptRefusedByAnotherKeyDoesNotRestartTheWaitOfTheAddress() {
        Instant start = now;
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
            fail("khoa", "198.51.100." + i);
        }
        now = start.plusSeconds(16);
        fail("khoa", "198.51.100.50");
        now = start.plusSeconds(47);
        fail("khoa", "198.51.100.51"); // the account now waits 60 s, until start + 107 s
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail("user" + i, "203.0.113.77"); // the office's address waits 15 s, until start + 62 s
        }
        now = start.plusSeconds(70);
        assertTrue(throttle.attempt("khoa", "203.0.113.77", Optional.empty()).refused(), "the account still waits");
        assertFalse(throttle.attempt("someone", "203.0.113.77", Optional.empty()).refused(),
                "the office's address had waited long enough: the refusal above did not start its wait again");
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 8; i++) {
            throttle.attempt("canbo", "10.0.0.1", Optional.empty());
        }
        now = now.plus(Duration.ofMinutes(61));
        assertFalse(throttle.attempt("canbo", "10.0.0.1", Optional.empty()).refused());
    }

    @Test
    void attemptsArrivingAtOnceCannotAllPassTheCheck() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String user = "u" + i;
            attempts.add(threads.submit(() -> {
                start.await();
                return !throttle.attempt(user, "203.0.113.9", Optional.empty()).refused();
            }));
        }
        start.countDown();
        int let = 0;
        for (Future<Boolean> attempt : attempts) {
            let += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(SignInThrottle.FREE_FAILURES_PER_ADDRESS, let, "exactly the free failures of one address, no more");
    }
}
