package vn.dannguyen.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Guessing tracking codes from one address slows to a crawl; a few typing mistakes, or someone else's, cost nothing. */
class LookupThrottleTest {

    private static final String KIOSK = "203.0.113.7";

    private volatile Instant now = Instant.parse("2026-11-30T02:00:00Z");
    private final LookupThrottle throttle = new LookupThrottle();
    private final AtomicInteger lookedUp = new AtomicInteger();

    LookupThrottleTest() {
        throttle.useClock(new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        });
    }

    private LookupThrottle.Answer<String> unknown(String address) {
        return throttle.lookUp(address, () -> {
            lookedUp.incrementAndGet();
            return Optional.empty();
        });
    }

    private LookupThrottle.Answer<String> known(String address) {
        return throttle.lookUp(address, () -> {
            lookedUp.incrementAndGet();
            return Optional.of("260001-000123-K7Q");
        });
    }

    private static boolean notFound(LookupThrottle.Answer<String> answer) {
        return !answer.mustWait() && answer.found().isEmpty();
    }

    @Test
    void twentyMissesAreFreeThenEachWaitsLongerUpToFifteenMinutes() {
        for (int i = 0; i < LookupThrottle.FREE_MISSES_PER_ADDRESS; i++) {
            assertTrue(notFound(unknown(KIOSK)), "mistake " + (i + 1) + " costs nothing");
        }
        assertEquals(Duration.ofSeconds(30), unknown(KIOSK).waitFor());
        assertTrue(notFound(unknown("198.51.100.1")), "other addresses are not held up");
        for (int round = 1; round <= 12; round++) {
            now = now.plus(Duration.ofMinutes(16));
            assertTrue(notFound(unknown(KIOSK)), "one unknown code per wait is answered");
        }
        now = now.plusSeconds(11);
        assertEquals(Duration.ofMinutes(15).minusSeconds(11), unknown(KIOSK).waitFor(), "the wait stops growing at 15 minutes");
        now = now.plus(Duration.ofHours(2));
        assertTrue(notFound(unknown(KIOSK)), "old misses are forgotten after an hour");
        assertTrue(notFound(unknown(KIOSK)));
    }

    @Test
    void parallelUnknownCodesFromOneAddressNeverGetMoreAnswersThanTheLimit() throws Exception {
        int parallel = 3 * LookupThrottle.FREE_MISSES_PER_ADDRESS;
        AtomicInteger asked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LookupThrottle.Answer<String>>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            answers.add(pool.submit(() -> {
                if (!start.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the lookups were never let go together");
                }
                return throttle.lookUp(KIOSK, () -> {
                    asked.incrementAndGet();
                    try {
                        Thread.sleep(5); // the database's time, in which the others decide
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Optional.<String>empty();
                });
            }));
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        int toldUnknown = 0;
        int toldToWait = 0;
        for (Future<LookupThrottle.Answer<String>> answer : answers) {
            if (answer.get().mustWait()) {
                toldToWait++;
            } else {
                toldUnknown++;
            }
        }
        assertEquals(LookupThrottle.FREE_MISSES_PER_ADDRESS, toldUnknown);
        assertEquals(parallel - LookupThrottle.FREE_MISSES_PER_ADDRESS, toldToWait);
        assertTrue(asked.get() <= LookupThrottle.FREE_MISSES_PER_ADDRESS + 1,
                "a burst tests no more codes than the limit (and one paced lookup): " + asked.get());
        assertTrue(unknown(KIOSK).mustWait(), "the address is held back afterwards");
    }

    @Test
    void aCodeThatExistsIsAnsweredWhileTheAddressIsHeldBack() {
        for (int i = 0; i < LookupThrottle.FREE_MISSES_PER_ADDRESS; i++) {
            unknown(KIOSK);
        }
        assertTrue(unknown(KIOSK).mustWait(), "the next unknown code must wait");

        now = now.plus(LookupThrottle.PACE_WHILE_HELD_BACK);
        LookupThrottle.Answer<String> family = known(KIOSK);
        assertFalse(family.mustWait());
        assertEquals(Optional.of("260001-000123-K7Q"), family.found(), "the next family at the kiosk gets its answer");

        now = now.plus(LookupThrottle.PACE_WHILE_HELD_BACK);
        assertTrue(unknown(KIOSK).mustWait(), "an unknown code still waits: the answer did not forgive the misses");
        now = now.plus(LookupThrottle.PACE_WHILE_HELD_BACK);
        assertTrue(known(KIOSK).found().isPresent());
    }

    @Test
    void whileHeldBackAnAddressHasAtMostOneCodeLookedUpPerPace() {
        for (int i = 0; i < LookupThrottle.FREE_MISSES_PER_ADDRESS; i++) {
            unknown(KIOSK);
        }
        int before = lookedUp.get();
        assertTrue(unknown(KIOSK).mustWait());
        for (int i = 0; i < 50; i++) {
            LookupThrottle.Answer<String> answer = i % 2 == 0 ? unknown(KIOSK) : known(KIOSK);
            assertTrue(answer.mustWait(), "asked too soon: told to wait, whether the code exists or not");
            assertTrue(answer.found().isEmpty());
        }
        assertEquals(before + 1, lookedUp.get(), "a script learns about one code per pace, not fifty");
        assertTrue(known(KIOSK).waitFor().compareTo(LookupThrottle.PACE_WHILE_HELD_BACK) <= 0,
                "the wait told is the pace left, not the back-off");
        assertTrue(notFound(unknown("198.51.100.1")), "other addresses are not held up");
    }

    @Test
    void theFreeMissesCanBeConfigured() {
        assertEquals(500, LookupThrottle.freeMisses("500"));
        assertEquals(LookupThrottle.FREE_MISSES_PER_ADDRESS, LookupThrottle.freeMisses("nhiều"));
        assertTrue(LookupThrottle.freeMisses(null) > 0);
    }
}
