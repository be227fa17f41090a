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
 */
public final class FailureBackoff {

    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
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
        Failures entry = failures.get(key);
        if (entry == null || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (entry.last().plus(memory).isBefore(now)) {
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

    public void failed(String key) {
        if (failures.size() > MAX_KEYS) {
            Instant cutoff = clock.instant().minus(memory);
            failures.values().removeIf(entry -> entry.last().isBefore(cutoff));
        }
        Instant now = clock.instant();
        failures.merge(key, new Failures(1, now), (old, one) -> new Failures(
                old.last().plus(memory).isBefore(now) ? 1 : old.count() + 1, now));
    }

    public void forget(String key) {
        failures.remove(key);
    }
}
