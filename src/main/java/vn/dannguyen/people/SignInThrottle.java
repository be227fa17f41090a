package vn.dannguyen.people;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dannguyen.shared.FailureBackoff;

/**
 * Slows password guessing, counted on three keys, each checked and counted in one atomic step:
 * <ul>
 * <li>one account from one address, or from one browser that signed in to it before:
 * {@value #FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS} free failures, then a wait from 15 seconds doubling up to 15
 * minutes;</li>
 * <li>one address, whatever the account: {@value #FREE_FAILURES_PER_ADDRESS} free (a whole office may share
 * one address), then the same waits; not for a browser that signed in to the account before, which is counted
 * on its own;</li>
 * <li>one account from every browser it has never signed in from:
 * {@value #FREE_FAILURES_PER_ACCOUNT} free, then a wait that stops growing at one minute. Someone who keeps
 * failing from many addresses gets at most one guess a minute. From a browser that has signed in to the
 * account before ({@link KnownDevices}) this key does not apply, so the owner's own browsers are never held by
 * it; a new browser meets waits of at most a minute, though under a sustained attack it competes with the
 * attacker for those moments.</li>
 * </ul>
 * The address is the connection's; a forwarded header counts only when the operator turns on Undertow's proxy
 * address forwarding (README). A success clears the account's counts and takes back its address count.
 * Kept in memory: a restart forgives, which costs an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final int FREE_FAILURES_PER_ACCOUNT = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_ACCOUNT_WAIT = Duration.ofMinutes(1);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    private final FailureBackoff byAddress = new FailureBackoff(FIRST_WAIT, LONGEST_WAIT, MEMORY);
    private final FailureBackoff byAccount = new FailureBackoff(FIRST_WAIT, LONGEST_ACCOUNT_WAIT, MEMORY);

    /**
     * An attempt let through and already counted as a failure; tell the throttle how it ended. {@code source}:
     * the browser's device id where it signed in to the account before, else the address.
     */
    public record Attempt(String account, String address, String source, boolean knownDevice, Duration retryAfter) {

        public boolean refused() {
            return !retryAfter.isZero();
        }
    }

    void useClock(Clock clock) {
        byAddress.useClock(clock);
        byAccount.useClock(clock);
    }

    /**
     * Lets an attempt for {@code username} from {@code address} go and counts it, or refuses it and counts
     * nothing ({@link Attempt#refused()}, with how long to wait).
     */
    public Attempt attempt(String username, String address, Optional<String> knownDevice) {
        String account = canonical(username);
        String source = knownDevice.map(device -> "d:" + device).orElse(address);
        List<Runnable> undo = new ArrayList<>(3);
        // A known browser is counted on its own id, not on the address: others failing from the same office's
        // address do not lock its owner out.
        Duration wait = knownDevice.isPresent() ? Duration.ZERO : take(byAddress, "a:" + address, FREE_FAILURES_PER_ADDRESS, undo);
        if (wait.isZero()) {
            wait = take(byAddress, "ua:" + account + '|' + source, FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS, undo);
        }
        if (wait.isZero() && knownDevice.isEmpty()) {
            wait = take(byAccount, "u:" + account, FREE_FAILURES_PER_ACCOUNT, undo);
        }
        if (!wait.isZero()) {
            undo.forEach(Runnable::run);
        }
        return new Attempt(account, address, source, knownDevice.isPresent(), wait);
    }

    private static Duration take(FailureBackoff backoff, String key, int free, List<Runnable> undo) {
        Duration wait = backoff.tryAttempt(key, free);
        if (wait.isZero()) {
            undo.add(() -> backoff.release(key));
        }
        return wait;
    }

    /** The password was right: the account's failures are forgiven, and this attempt is not one. */
    public void succeeded(Attempt attempt) {
        if (!attempt.knownDevice()) {
            byAddress.release("a:" + attempt.address());
        }
        byAddress.forget("ua:" + attempt.account() + '|' + attempt.source());
        byAccount.forget("u:" + attempt.account());
    }

    /** The password was never checked (the server was busy): the attempt does not count. */
    public void notChecked(Attempt attempt) {
        if (!attempt.knownDevice()) {
            byAddress.release("a:" + attempt.address());
        }
        byAddress.release("ua:" + attempt.account() + '|' + attempt.source());
        if (!attempt.knownDevice()) {
            byAccount.release("u:" + attempt.account());
        }
    }

    /** The user name as accounts store it: one spelling per account (see {@link AppUser#canonicalUsername}). */
    private static String canonical(String username) {
        String name = AppUser.canonicalUsername(username);
        return name.length() > AppUser.USERNAME_LENGTH ? name.substring(0, AppUser.USERNAME_LENGTH) : name;
    }
}
