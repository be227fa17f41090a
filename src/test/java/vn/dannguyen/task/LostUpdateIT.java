package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.weld.context.bound.BoundRequestContext;
import org.jboss.weld.context.bound.BoundSessionContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.Callers;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.ConcurrentEditException;
import vn.dannguyen.shared.Role;
import vn.dannguyen.shared.Seen;

/**
 * No lost updates: 50 threads make 1,000 conflicting edits (leaders reassigning with the version they saw)
 * over 100 petitions. Afterwards each petition's version is its number of successful commits, so is its
 * number of history revisions, and every edit that was refused was told so (a conflict, nothing else).
 */
@ExtendWith(ArquillianExtension.class)
class LostUpdateIT {

    private static final int THREADS = 50;
    private static final int EDITS = 1_000;
    private static final int PETITIONS = 100;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries taskQueries;

    @Inject
    PetitionService petitions;

    @Inject
    TestData testData;

    @Inject
    BoundSessionContext sessionContext;

    @Inject
    BoundRequestContext requestContext;

    private long commune;
    private final List<Long> departments = new ArrayList<>();
    private final List<String> leaders = new ArrayList<>();

    @BeforeEach
    void makeCommune() {
        commune = testData.commune("Xã Kiểm Thử Sửa Đồng Thời");
        for (String name : new String[] {"Phòng Kinh tế", "Phòng Văn hóa – Xã hội", "Văn phòng HĐND và UBND"}) {
            departments.add(testData.department(commune, name));
        }
        for (int i = 0; i < 5; i++) {
            leaders.add(testData.user(commune, false, Role.LEADER));
        }
    }

    @AfterEach
    void removeCommune() {
        testData.removeCommune(commune);
    }

    @Test
    void fiftyThreadsThousandConflictingEditsNoneLost() throws Exception {
        String staff = testData.user(commune, false, Role.STAFF);
        long category = testData.category("TRAFFIC");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PETITIONS; i++) {
            Petition petition = new Petition();
            petition.setChannel(Channel.COUNTER);
            petition.setContent("Ùn tắc giao thông đường liên thôn, đoạn " + i);
            petition.setCategoryId(category);
            petition.setAnonymous(true);
            petition.setSubmissionKey(UUID.randomUUID().toString());
            ids.add(Callers.as(staff, () -> petitions.record(petition, null), "STAFF").getId());
        }
        Map<Long, Long> versionBefore = new ConcurrentHashMap<>();
        Map<Long, Long> revisionsBefore = new ConcurrentHashMap<>();
        for (long id : ids) {
            versionBefore.put(id, version(id));
            revisionsBefore.put(id, revisions(id));
        }

        Map<Long, AtomicInteger> committed = new ConcurrentHashMap<>();
        ids.forEach(id -> committed.put(id, new AtomicInteger()));
        AtomicInteger refused = new AtomicInteger();
        List<String> otherFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        // Fifty real threads at once (the server's managed executor would run only a few at a time).
        ClassLoader deployment = Thread.currentThread().getContextClassLoader();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work);
            thread.setContextClassLoader(deployment);
            return thread;
        });
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(executor.submit(() -> {
                Random random = new Random(thread);
                String leader = leaders.get(thread % leaders.size());
                // Each thread is one leader's browser session: its own session and request scopes, as a web request has.
                Map<String, Object> session = new HashMap<>();
                Map<String, Object> request = new HashMap<>();
                sessionContext.associate(session);
                sessionContext.activate();
                requestContext.associate(request);
                requestContext.activate();
                if (!start.await(1, TimeUnit.MINUTES)) {
                    throw new AssertionError("the threads were never let go together");
                }
                try {
                for (int e = 0; e < EDITS / THREADS; e++) {
                    int edit = e;
                    // A small set of petitions at a time, so edits really collide.
                    long id = ids.get(random.nextInt(10) + 10 * (edit % (PETITIONS / 10)));
                    try {
                        long seen = Callers.as(leader, () -> taskQueries.row(id).version(), "LEADER");
                        Thread.sleep(random.nextInt(15)); // the leader reads the page, then signs
                        Callers.as(leader, () -> tasks.assign(List.of(new Seen(id, seen)),
                                departments.get(random.nextInt(departments.size())), null,
                                today.plusDays(1 + random.nextInt(60)), "Lần giao " + thread + "/" + edit), "LEADER");
                        committed.get(id).incrementAndGet();
                    } catch (ConcurrentEditException conflict) {
                        refused.incrementAndGet();
                    } catch (Exception other) {
                        otherFailures.add(other.toString());
                    }
                }
                } finally {
                    requestContext.invalidate();
                    requestContext.deactivate();
                    requestContext.dissociate(request);
                    sessionContext.invalidate();
                    sessionContext.deactivate();
                    sessionContext.dissociate(session);
                }
                return null;
            }));
        }
        start.countDown();
        // A deadlock or a hung transaction fails the test within minutes instead of holding the build.
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        try {
            for (Future<?> worker : workers) {
                worker.get(Math.max(until - System.nanoTime(), 0), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException stuck) {
            throw new AssertionError("the " + EDITS + " edits did not finish within 5 minutes", stuck);
        } finally {
            executor.shutdownNow();
            assertTrue(executor.awaitTermination(1, TimeUnit.MINUTES), "the edit threads stop");
        }

        assertTrue(otherFailures.isEmpty(), "every refused edit is told as a conflict: " + otherFailures);
        int successes = committed.values().stream().mapToInt(AtomicInteger::get).sum();
        assertEquals(EDITS, successes + refused.get());
        assertTrue(refused.get() >= EDITS / 20, "the edits really collided: " + refused.get());
        System.out.printf("Lost-update test: %d edits, %d committed, %d refused as conflicts%n", EDITS, successes, refused.get());
        for (long id : ids) {
            int commits = committed.get(id).get();
            assertEquals(versionBefore.get(id) + commits, version(id), "version of petition " + id);
            assertEquals(revisionsBefore.get(id) + commits, revisions(id), "history revisions of petition " + id);
            assertEquals((long) commits, ((Number) testData.single("select count(*) from petition_transition where petition_id = ?1",
                    id)).longValue(), "one transition per commit of petition " + id);
        }
    }

    private long version(long id) {
        return ((Number) testData.single("select version from petition where id = ?1", id)).longValue();
    }

    private long revisions(long id) {
        return ((Number) testData.single("select count(*) from petition_aud where id = ?1", id)).longValue();
    }
}
