package vn.dannguyen.citizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dannguyen.shared.FailureBackoff;

/**
 * Slows guessing of tracking codes on the public lookup: after {@value #FREE_MISSES_PER_ADDRESS} codes that
 * match nothing from one address, a further unknown code is answered "wait" for 30 seconds, doubling up to 15
 * minutes. A family mistyping a code a few times never notices; a script walking through codes is held to a
 * crawl.
 * <p>
 * A code that exists is answered even while the address is held back: one person's mistakes at a shared
 * kiosk (or behind one carrier address) do not lock the next family out. That answer alone would tell a
 * script which codes exist as fast as it can ask ("wait" would mean "unknown"), so while held back an
 * address looks up at most one code per {@link #PACE_WHILE_HELD_BACK}; a lookup sooner than that is answered
 * "wait" without looking, and reveals nothing.
 * <p>
 * A lookup is counted as a miss before the database is asked, in one step with the check, and taken back when
 * the code exists: lookups sent in parallel never get past the limit, so a burst cannot test more codes than
 * it allows. The database is asked outside any lock.
 */
@ApplicationScoped
public class LookupThrottle {

    static final int FREE_MISSES_PER_ADDRESS = 20;
    /** How often an address that is held back may still have a code looked up. */
    static final Duration PACE_WHILE_HELD_BACK = Duration.ofSeconds(10);
    private static final int MAX_ADDRESSES = 100_000;

    /** What the page answers: the petition found, "no petition has this code", or "wait this long". */
    public record Answer<T>(Optional<T> found, Duration waitFor) {

        static <T> Answer<T> toWait(Duration wait) {
            return new Answer<>(Optional.empty(), wait);
        }

        public boolean mustWait() {
            return !waitFor.isZero();
        }
    }

    /** DANNGUYEN_LOOKUP_FREE_MISSES overrides the default (the browser tests, all from one address, raise it). */
    private final int freeMisses = freeMisses(System.getenv("DANNGUYEN_LOOKUP_FREE_MISSES"));

    private final FailureBackoff backoff = new FailureBackoff(Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    /** Guards the decisions below and {@link #nextLookupWhileHeldBack}; held for map operations only. */
    private final Object lock = new Object();
    private final Map<String, Instant> nextLookupWhileHeldBack = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    void useClock(Clock clock) {
        this.clock = clock;
        backoff.useClock(clock);
    }

    /**
     * Looks a code up for {@code address} (the connection's address: behind a reverse proxy, Undertow's
     * proxy-address-forwarding makes it the client's) and counts it when it finds nothing.
     *
     * @param lookup asks the database; called at most once, never while the address is to wait
     */
    public <T> Answer<T> lookUp(String address, Supplier<Optional<T>> lookup) {
        // Counted as a miss before the lookup, in one step with the check, and taken back if the code exists:
        // of lookups sent at once, only the free ones get past this line.
        boolean free = backoff.tryAttempt(address, freeMisses).isZero();
        if (!free) {
            synchronized (lock) {
                Instant now = clock.instant();
                Instant next = nextLookupWhileHeldBack.get(address);
                if (next != null && now.isBefore(next)) {
                    return Answer.toWait(Duration.between(now, next));
                }
                forgetPassedSlots(now);
                nextLookupWhileHeldBack.put(address, now.plus(PACE_WHILE_HELD_BACK));
            }
        }
        Optional<T> found = lookup.get();
        if (found.isPresent()) {
            if (free) {
                backoff.release(address);
            }
            return new Answer<>(found, Duration.ZERO);
        }
        if (!free) {
            Duration wait = backoff.waitFor(address, freeMisses);
            return Answer.toWait(wait.isZero() ? PACE_WHILE_HELD_BACK : wait);
        }
        return new Answer<>(Optional.empty(), Duration.ZERO);
    }

    private void forgetPassedSlots(Instant now) {
        if (nextLookupWhileHeldBack.size() > MAX_ADDRESSES) {
            nextLookupWhileHeldBack.values().removeIf(next -> !next.isAfter(now));
        }
    }

    static int freeMisses(String configured) {
        try {
            return configured == null || configured.isBlank() ? FREE_MISSES_PER_ADDRESS : Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            return FREE_MISSES_PER_ADDRESS;
        }
    }
}
