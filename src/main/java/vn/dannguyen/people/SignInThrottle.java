package vn.dannguyen.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows password guessing: after {@value #FREE_FAILURES_PER_USER} failed sign-ins for one user name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address (a whole office may share one), each further attempt must wait, twice as long after every failure (up to 15 minutes). A success
 * clears the user name's count. Kept in memory: a restart forgives, which costs an attacker a restart they
 * cannot cause.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES_PER_USER = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before another attempt; zero when they may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration byUser = waitFor("u:" + normalise(username), FREE_FAILURES_PER_USER);
        Duration byAddress = waitFor("a:" + address, FREE_FAILURES_PER_ADDRESS);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + normalise(username), "a:" + address}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(
                    old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove("u:" + normalise(username));
    }

    private Duration waitFor(String key, int freeFailures) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (entry.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(entry.count() - freeFailures, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, entry.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(MEMORY);
        failures.values().removeIf(entry -> entry.last().isBefore(cutoff));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
