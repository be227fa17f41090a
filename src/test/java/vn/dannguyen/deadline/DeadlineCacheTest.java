package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The rules are read once, read again after a change, and a copy read while a change happened is not kept. */
class DeadlineCacheTest {

    private final DeadlineCache cache = new DeadlineCache();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Deadlines> read = () -> {
        reads.incrementAndGet();
        return new Deadlines(Map.of(), new WorkingCalendar(Map.of()));
    };

    @Test
    void readOnceUntilChanged() {
        Deadlines first = cache.get(read);
        assertSame(first, cache.get(read));
        assertEquals(1, reads.get());
        cache.changed();
        cache.get(read);
        assertEquals(2, reads.get());
    }

    @Test
    void aCopyReadWhileAnAdminChangedTheRulesIsNotKept() {
        // The read started before the change committed, so it may hold the old rules: use it once, keep nothing.
        cache.get(() -> {
            cache.changed();
            return read.get();
        });
        cache.get(read);
        assertEquals(2, reads.get());
        cache.get(read);
        assertEquals(2, reads.get());
    }

    @Test
    void anOldCopyIsReadAgainByOneCallerWhileTheOthersGoOnWithIt() throws Exception {
        long[] now = { 1_000 };
        cache.clock = () -> now[0];
        Deadlines old = cache.get(read);
        now[0] += DeadlineCache.MAX_AGE_MILLIS + 1;

        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Deadlines> refresher = CompletableFuture.supplyAsync(() -> cache.get(() -> {
            reading.countDown();
            try {
                assertTrue(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return read.get();
        }));
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        assertSame(old, cache.get(read), "while one caller reads, the others use the old copy");
        assertEquals(1, reads.get());

        release.countDown();
        Deadlines fresh = refresher.get(10, TimeUnit.SECONDS);
        assertNotSame(old, fresh);
        assertSame(fresh, cache.get(read));
        assertEquals(2, reads.get());
    }

    @Test
    void aFailedReadOfAnOldCopyLetsTheNextCallerTryAgain() {
        long[] now = { 1_000 };
        cache.clock = () -> now[0];
        cache.get(read);
        now[0] += DeadlineCache.MAX_AGE_MILLIS + 1;
        assertThrows(IllegalStateException.class, () -> cache.get(() -> {
            throw new IllegalStateException("database unreachable");
        }));
        cache.get(read);
        assertEquals(2, reads.get(), "the next caller reads the old copy again");
    }
}
