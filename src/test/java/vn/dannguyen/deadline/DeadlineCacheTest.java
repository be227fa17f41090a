package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
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
}
