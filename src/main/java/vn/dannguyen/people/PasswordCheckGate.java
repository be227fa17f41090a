package vn.dannguyen.people;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bounds how many passwords are checked at once. Each check is 600,000 rounds of PBKDF2 (about half a second
 * of one core), so a flood of sign-ins would otherwise take every core and every page would slow down with
 * it. At most {@code DANNGUYEN_SIGNIN_CONCURRENCY} checks run together (default: half the cores, at least
 * one). A few more may wait for a place, up to {@value #WAIT_MILLIS} ms ({@value #WAITING_PER_CHECK} per place,
 * so a flood parks only that many request threads); any other is refused at once and told to try again.
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final long WAIT_MILLIS = 3000;
    static final int WAITING_PER_CHECK = 8;

    private final int concurrency = concurrency(System.getenv("DANNGUYEN_SIGNIN_CONCURRENCY"),
            Runtime.getRuntime().availableProcessors());
    private final Semaphore checks = new Semaphore(concurrency, true);
    private final AtomicInteger waiting = new AtomicInteger();
    /** The place kept for browsers known to the account they sign in to. */
    private final Semaphore known = new Semaphore(1, true);

    /**
     * The outcome of {@code check}, run when a place is free soon enough; empty when the server was too busy. A
     * browser that signed in to the account before has a place of its own besides, so a flood of made-up names
     * (each checked in full, so that a name's existence does not show in the time) cannot keep owners out.
     */
    public <T> Optional<T> tryCheck(boolean knownDevice, Supplier<T> check) {
        if (knownDevice) {
            try {
                if (known.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    try {
                        return Optional.of(check.get());
                    } finally {
                        known.release();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return tryCheck(check);
    }

    /** The outcome of {@code check}, run when a place is free soon enough; empty when the server was too busy. */
    public <T> Optional<T> tryCheck(Supplier<T> check) {
        if (!checks.tryAcquire()) {
            if (waiting.incrementAndGet() > concurrency * WAITING_PER_CHECK) {
                waiting.decrementAndGet();
                return Optional.empty();
            }
            try {
                if (!checks.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return Optional.of(check.get());
        } finally {
            checks.release();
        }
    }

    static int concurrency(String configured, int cores) {
        try {
            if (configured != null && !configured.isBlank()) {
                return Math.max(1, Integer.parseInt(configured.strip()));
            }
        } catch (NumberFormatException e) {
            // the default below
        }
        return Math.max(1, cores / 2);
    }
}
