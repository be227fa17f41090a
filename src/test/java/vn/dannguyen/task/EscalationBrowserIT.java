package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Labels;
import vn.dannguyen.fixture.CommuneFixture;
import vn.dannguyen.fixture.FixtureClient;
import vn.dannguyen.fixture.FixtureClient.Recorded;
import vn.dannguyen.petition.PetitionViewPage;
import vn.dannguyen.shared.CommuneClock;

/**
 * "Overdue petition escalates": a petition the officer holds goes past its deadline; the daily run (the
 * method the persistent timer calls) reminds the officer and escalates to the leader, who sees it in the
 * browser, on the reminders page, on the petition itself and first in the list of petitions in work.
 */
class EscalationBrowserIT extends BrowserTest {

    private static final String CONTENT = "Sạt lở bờ kênh đoạn qua thôn Ngô Sơn";

    @RegisterExtension
    final CommuneFixture commune = new CommuneFixture("Xã Kiểm Thử Quá Hạn");

    @Test
    void theDailyRunRemindsTheOfficerAndEscalatesToTheLeaderOnce() throws Exception {
        Recorded petition = overduePetition();
        assertEquals(1L, notifications(petition, commune.leader(), "ESCALATED"));
        assertEquals(1L, notifications(petition, commune.officer(), "OVERDUE"));

        commune.server().remind(commune.leader(), today());
        assertEquals(1L, notifications(petition, commune.leader(), "ESCALATED"), "a second run tells nobody again");
    }

    @Test
    void theLeaderSeesTheEscalationAndTheOverduePetitionFirst() throws Exception {
        FixtureClient server = commune.server();
        // Recorded first and due in a month: without the overdue rule it would lead the list.
        Recorded onTime = server.petition(commune.staff(), "Đèn đường thôn Ngô Sơn hỏng", "TRAFFIC");
        server.assign(commune.leader(), onTime.id(), commune.department(), commune.officerId(), today().plusDays(30));
        Recorded overdue = overduePetition();

        signInAs(commune.leader());
        RemindersPage reminders = RemindersPage.open(browser, base.toString());
        assertTrue(reminders.reminderOf(overdue.trackingCode()).contains(Labels.vi("task.reminder.ESCALATED")),
                reminders.reminderOf(overdue.trackingCode()));
        browser.screenshot("leader-escalation-reminders");
        PetitionViewPage page = reminders.openPetition(overdue.trackingCode());
        assertTrue(page.overview().contains(Labels.vi("task.overdueBadge")), page.overview());
        assertTrue(page.overview().contains(CONTENT), page.overview());
        browser.screenshot("leader-escalated-petition");

        LeaderTasksPage tasks = LeaderTasksPage.open(browser, base.toString());
        assertEquals(1, tasks.overdueCount());
        assertTrue(tasks.firstRow().contains(overdue.trackingCode()), "the overdue come first: " + tasks.firstRow());

        signInAs(commune.officer());
        reminders = RemindersPage.open(browser, base.toString());
        assertTrue(reminders.reminderOf(overdue.trackingCode()).contains(Labels.vi("task.reminder.OVERDUE")));
        browser.screenshot("officer-overdue-reminder");
    }

    /** Recorded, assigned to the officer, two days past its deadline, and the daily run done. */
    private Recorded overduePetition() {
        FixtureClient server = commune.server();
        Recorded petition = server.petition(commune.staff(), CONTENT, "IRRIGATION");
        server.assign(commune.leader(), petition.id(), commune.department(), commune.officerId(), today());
        server.overdue(petition.id(), 2);
        server.remind(commune.leader(), today());
        return petition;
    }

    private static long notifications(Recorded petition, String username, String kind) throws Exception {
        return ((Number) DatabaseClient.single("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where n.petition_id = ? and u.username = ? and n.kind = ?", petition.id(), username, kind)).longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(CommuneClock.ZONE);
    }
}
