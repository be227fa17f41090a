package vn.dannguyen.deadline;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The rules and calendar as last read, shared by every request. {@link DeadlineAdminService} drops them when a
 * transaction that changed them ends, so the next petition reads the new ones. A copy older than
 * {@link #MAX_AGE_MILLIS} is read again too, for changes made in the database by other means (a script, a
 * restore): one caller reads it while the others go on with the old copy.
 * <p>
 * One caller reads at a time. A reader's transaction is a new one and takes a connection of its own while its
 * caller's may hold one; were every caller of a moment to read, they could take the whole connection pool and
 * wait for each other.
 */
@ApplicationScoped
public class DeadlineCache {

    static final long MAX_AGE_MILLIS = 60_000;

    /** A copy with the generation it was read in; a copy read before a change is never kept after it. */
    private record Copy(long generation, Deadlines deadlines, long readAt) {
    }

    private final AtomicReference<Copy> copy = new AtomicReference<>(new Copy(0, null, 0));

    private final ReentrantLock reading = new ReentrantLock();

    /** The time in milliseconds; tests set it to make a copy old. */
    LongSupplier clock = System::currentTimeMillis;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Deadlines get(Supplier<Deadlines> read) {
        Copy seen = copy.get();
        long now = clock.getAsLong();
        if (seen.deadlines() == null) {
            reading.lock(); // none since a change: everyone needs the new rules, one reads them, the rest wait
        } else if (now - seen.readAt() < MAX_AGE_MILLIS || !reading.tryLock()) {
            return seen.deadlines(); // fresh, or only old and being read again by another caller
        }
        try {
            seen = copy.get();
            now = clock.getAsLong();
            if (seen.deadlines() != null && now - seen.readAt() < MAX_AGE_MILLIS) {
                return seen.deadlines(); // read meanwhile by another caller
            }
            Deadlines fresh = read.get();
            // Kept only if nothing changed meanwhile: a change bumps the generation.
            copy.compareAndSet(seen, new Copy(seen.generation(), fresh, now));
            return fresh;
        } finally {
            reading.unlock();
        }
    }

    /** Drops the copy now and again when the current transaction ends (whether it commits or rolls back). */
    void changed() {
        drop();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        copy.updateAndGet(current -> new Copy(current.generation() + 1, null, 0));
    }
}
