package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Role;

/** Time limits and calendar exceptions are data a province-wide admin edits; new deadlines follow them. */
@ExtendWith(ArquillianExtension.class)
class DeadlineAdminIT {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    DeadlineAdminService admin;

    @Inject
    PetitionService petitions;

    @Inject
    TestData testData;

    @Inject
    DeadlineCache cache;

    @Inject
    DeadlineService deadlines;

    private long commune;
    private String provinceAdmin;
    private String communeAdmin;
    private String staff;

    @BeforeEach
    void makeCommune() {
        commune = testData.commune("Xã Kiểm Thử Thời Hạn");
        provinceAdmin = testData.user(commune, true, Role.ADMIN);
        communeAdmin = testData.user(commune, false, Role.ADMIN);
        staff = testData.user(commune, false, Role.STAFF);
    }

    @AfterEach
    void restoreDefaults() {
        testData.execute("update deadline_rule set days = 30, unit = 'CALENDAR_DAYS' where kind = 'VOTER_PETITION' and step = 'ANSWER'");
        testData.execute("delete from calendar_exception where day = '2026-12-11'");
        cache.changed(); // restored behind the service's back
        testData.removeCommune(commune);
    }

    @Test
    void anEditedRuleAndADayOffChangeTheNextDeadlines() throws Exception {
        DeadlineRule rule = Callers.as(provinceAdmin, () -> admin.rules(), "ADMIN").stream()
                .filter(r -> r.getKind().equals("VOTER_PETITION") && r.getStep() == DeadlineStep.ANSWER).findFirst().orElseThrow();
        rule.setDays(15);
        rule.setUnit(DayUnit.WORKING_DAYS);
        Callers.as(provinceAdmin, () -> admin.saveRule(rule), "ADMIN");
        // 15 working days from Friday 20 Nov 2026: 23-27 Nov, 30 Nov-4 Dec, 7-11 Dec.
        assertEquals(LocalDate.of(2026, 12, 11), record().getDueOn());

        CalendarException dayOff = new CalendarException();
        dayOff.setDay(LocalDate.of(2026, 12, 11));
        dayOff.setNote("Nghỉ bù theo quyết định (kiểm thử)");
        Callers.as(provinceAdmin, () -> admin.addException(dayOff), "ADMIN");
        assertEquals(LocalDate.of(2026, 12, 14), record().getDueOn(), "the day off pushes the deadline to Monday");

        CalendarException again = new CalendarException();
        again.setDay(LocalDate.of(2026, 12, 11));
        again.setNote("Ghi lại");
        assertEquals("deadline.exception.error.duplicate", assertThrows(BusinessException.class,
                () -> Callers.as(provinceAdmin, () -> admin.addException(again), "ADMIN")).getMessageKey());
    }

    @Test
    void onlyAProvinceWideAdminChangesTheNationalCalendar() {
        CalendarException dayOff = new CalendarException();
        dayOff.setDay(LocalDate.of(2026, 12, 11));
        dayOff.setNote("Không được phép");
        assertEquals("common.error.outOfScope", assertThrows(BusinessException.class,
                () -> Callers.as(communeAdmin, () -> admin.addException(dayOff), "ADMIN")).getMessageKey());
    }

    /**
     * Once, every caller that found no copy asked its own bean for a second instance to read one, while holding
     * the first: with as many callers as the pool has instances (it is sized from the request threads), each
     * waited for an instance none would release, and every petition hung for the pool's 5-minute timeout.
     */
    @Test
    void manyRequestsNeedingTheRulesAtOnceDoNotWaitOnEachOther() throws Exception {
        // More than the bean pool's instances: WildFly sizes it from the request threads, 16 per core by default.
        int callers = 2 * 16 * Runtime.getRuntime().availableProcessors() + 8;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Deadlines>> calls = new ArrayList<>();
            for (int i = 0; i < 20 * callers; i++) {
                calls.add(threads.submit(() -> {
                    cache.changed(); // as after an admin's change: the caller finds no copy and reads one
                    return deadlines.current();
                }));
            }
            for (Future<Deadlines> call : calls) {
                try {
                    call.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    throw new AssertionError("callers of DeadlineService.current() wait on each other", e);
                }
            }
        } finally {
            threads.shutdownNow();
            // Callers stuck in the pool would hold its instances for its 5-minute timeout and fail later tests too.
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new AssertionError("callers of DeadlineService.current() are still waiting for the bean pool");
            }
        }
    }

    private Petition record() throws Exception {
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setContent("Kiến nghị kiểm thử thời hạn");
        petition.setCategoryId(testData.category("OTHER"));
        petition.setAnonymous(true);
        petition.setReceivedOn(FRIDAY);
        petition.setSubmissionKey(UUID.randomUUID().toString());
        return Callers.as(staff, () -> petitions.record(petition, null), "STAFF");
    }
}
