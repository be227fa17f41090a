package vn.dannguyen.people;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dannguyen.shared.FailureBackoff;

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
    private final FailureBackoff backoff = new FailureBackoff(FIRST_WAIT, LONGEST_WAIT, MEMORY);

    void useClock(Clock clock) {
        backoff.useClock(clock);
    }

    /** How long the caller must still wait before another attempt; zero when they may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration byUser = backoff.waitFor("u:" + normalise(username), FREE_FAILURES_PER_USER);
        Duration byAddress = backoff.waitFor("a:" + address, FREE_FAILURES_PER_ADDRESS);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        backoff.failed("u:" + normalise(username));
        backoff.failed("a:" + address);
    }

    public void succeeded(String username) {
        backoff.forget("u:" + normalise(username));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
