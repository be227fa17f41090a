package vn.dannguyen.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a user name, an address) and says how long the next attempt must wait: nothing
 * for the first free ones, then a wait that doubles after every further failure up to a ceiling. Failures
 * older than the memory are forgotten. Kept in memory: a restart forgives, which costs an attacker a
 * restart they cannot cause.
 *
 * <p>{@link #tryAttempt} checks and counts in one atomic step, so many attempts arriving at once cannot all
 * pass a check made before any of them was counted: an attempt is counted as a failure when it starts, and
 * {@link #release} takes it back when it turns out not to be one.
 */
public final class FailureBackoff {

    private static final int MAX_KEYS = 100_000;

    /** {@code before}: the moment of the failure before the last, so that taking the last back restores it. */
    private record Failures(int count, Instant last, Instant before) {
    }

    private final Duration firstWait;
    private final Duration longestWait;
    private final Duration memory;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    public FailureBackoff(Duration firstWait, Duration longestWait, Duration memory) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.memory = memory;
    }

    public void useClock(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt under {@code key} must still wait after {@code freeFailures}; zero when it may go now. */
    public Duration waitFor(String key, int freeFailures) {
        return waitFor(failures.get(key), freeFailures, clock.instant());
    }

    private Duration waitFor(Failures entry, int freeFailures, Instant now) {
        if (entry == null || entry.count() < freeFailures || entry.last().plus(memory).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(entry.count() - freeFailures, 10);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        }
        Duration left = Duration.between(now, entry.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Atomically: when an attempt under {@code key} may go now, counts it as a failure and returns zero;
     * otherwise counts nothing and returns how long it must still wait.
     */
    public Duration tryAttempt(String key, int freeFailures) {
        sweepWhenFull();
        Instant now = clock.instant();
        Duration[] refused = {Duration.ZERO};
        failures.compute(key, (k, old) -> {
            Duration wait = waitFor(old, freeFailures, now);
            if (!wait.isZero()) {
                refused[0] = wait;
                return old;
            }
            return counted(old, now);
        });
        return refused[0];
    }

    /** Takes back one attempt counted by {@link #tryAttempt} that was not a failure after all. */
    public void release(String key) {
        failures.computeIfPresent(key, (k, old) -> old.count() <= 1 ? null
                : new Failures(old.count() - 1, old.before() == null ? old.last() : old.before(), null));
    }

    public void failed(String key) {
        sweepWhenFull();
        Instant now = clock.instant();
        failures.compute(key, (k, old) -> counted(old, now));
    }

    private Failures counted(Failures old, Instant now) {
        return old == null || old.last().plus(memory).isBefore(now) ? new Failures(1, now, null)
                : new Failures(old.count() + 1, now, old.last());
    }

    private void sweepWhenFull() {
        if (failures.size() > MAX_KEYS) {
            Instant cutoff = clock.instant().minus(memory);
            failures.values().removeIf(entry -> entry.last().isBefore(cutoff));
        }
    }

    public void forget(String key) {
        failures.remove(key);
    }
}
