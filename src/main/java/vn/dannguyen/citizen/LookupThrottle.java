package vn.dannguyen.citizen;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dannguyen.shared.FailureBackoff;

/**
 * Slows guessing of tracking codes on the public lookup: after {@value #FREE_MISSES_PER_ADDRESS} codes that
 * match nothing from one address, each further lookup waits 30 seconds, doubling up to 15 minutes. A family
 * mistyping a code a few times never notices; a script walking through codes is held to a crawl.
 */
@ApplicationScoped
public class LookupThrottle {

    static final int FREE_MISSES_PER_ADDRESS = 20;

    /** DANNGUYEN_LOOKUP_FREE_MISSES overrides the default (the browser tests, all from one address, raise it). */
    private final int freeMisses = freeMisses(System.getenv("DANNGUYEN_LOOKUP_FREE_MISSES"));

    private final FailureBackoff backoff = new FailureBackoff(Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

    void useClock(Clock clock) {
        backoff.useClock(clock);
    }

    /** How long this address must wait before it may look up again; zero when it may now. */
    public Duration waitBeforeLookup(String address) {
        return backoff.waitFor(address, freeMisses);
    }

    public void missed(String address) {
        backoff.failed(address);
    }

    static int freeMisses(String configured) {
        try {
            return configured == null || configured.isBlank() ? FREE_MISSES_PER_ADDRESS : Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            return FREE_MISSES_PER_ADDRESS;
        }
    }
}
