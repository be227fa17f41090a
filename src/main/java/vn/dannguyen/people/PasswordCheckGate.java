package vn.dannguyen.people;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bounds how many passwords are checked at once. Each check is 600,000 rounds of PBKDF2 (about half a second
 * of one core), so a flood of sign-ins would otherwise take every core and every page would slow down with
 * it. At most {@code DANNGUYEN_SIGNIN_CONCURRENCY} checks run together (default: half the cores, at least
 * one); a sign-in that cannot start one within a second is refused at once and told to try again.
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final long WAIT_MILLIS = 1000;

    private final Semaphore checks = new Semaphore(concurrency(System.getenv("DANNGUYEN_SIGNIN_CONCURRENCY"),
            Runtime.getRuntime().availableProcessors()), true);

    /** The outcome of {@code check}, run when a place is free within a second; empty when the server was too busy. */
    public <T> Optional<T> tryCheck(Supplier<T> check) {
        try {
            if (!checks.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
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
