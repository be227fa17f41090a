package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.Callers;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.Deployments;
import vn.dannguyen.TestData;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;
import vn.dannguyen.petition.Channel;
import vn.dannguyen.petition.Petition;
import vn.dannguyen.petition.PetitionService;
import vn.dannguyen.shared.CommuneClock;
import vn.dannguyen.shared.Seen;

/**
 * "Overdue petition escalates": a petition the demo officer holds goes past its deadline; the daily run
 * (the method the persistent timer calls) reminds the officer and escalates to the leader, who sees it
 * in the browser, first on the reminders page and then on the petition itself.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationBrowserIT {

    /** Same on both sides (client and server) because the class is loaded from the same source. */
    private static final String MARKER = "QH" + UUID.nameUUIDFromBytes(EscalationBrowserIT.class.getName().getBytes())
            .toString().substring(0, 6).toUpperCase();
    private static final String CONTENT = "Sạt lở bờ kênh đoạn qua thôn Ngô Sơn " + MARKER;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @Inject
    PetitionService petitions;

    @Inject
    TaskService tasks;

    @Inject
    Reminders reminders;

    @Inject
    TestData testData;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theDailyRunEscalatesAPetitionPastItsDeadline() throws Exception {
        long department = testData.departmentOf("canbo", "Phòng Kinh tế");
        long officerId = testData.userId("canbo");
        Petition petition = new Petition();
        petition.setChannel(Channel.COUNTER);
        petition.setContent(CONTENT);
        petition.setCategoryId(testData.category("IRRIGATION"));
        petition.setAnonymous(true);
        petition.setSubmissionKey(UUID.randomUUID().toString());
        Petition recorded = Callers.as("canbo", () -> petitions.record(petition, null), "STAFF");
        LocalDate today = LocalDate.now(CommuneClock.ZONE);
        Callers.as("lanhdao", () -> tasks.assign(List.of(new Seen(recorded.getId(), recorded.getVersion())),
                department, officerId, today, "Kiểm tra ngay"), "LEADER");
        // Time passes: the deadline was two days ago and nothing was done.
        testData.execute("update petition set deadline_on = ?1 where id = ?2", today.minusDays(2), recorded.getId());
        testData.execute("update assignment set due_on = ?1 where petition_id = ?2", today.minusDays(2), recorded.getId());

        Callers.as("lanhdao", () -> reminders.remind(today), "LEADER");
        assertEquals(1L, ((Number) testData.single("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where n.petition_id = ?1 and u.username = 'lanhdao' and n.kind = 'ESCALATED'", recorded.getId())).longValue());
        assertEquals(1L, ((Number) testData.single("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where n.petition_id = ?1 and u.username = 'canbo' and n.kind = 'OVERDUE'", recorded.getId())).longValue());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theLeaderSeesTheEscalationAndTheOverduePetition() throws Exception {
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("lanhdao", DemoData.DEMO_PASSWORD);
            browser.open(base + "task/reminders");
            String row = "//tbody[@id='reminders:table_data']/tr[td[contains(., '" + MARKER + "')]]";
            browser.visible(By.xpath(row));
            assertTrue(browser.driver().findElement(By.xpath(row)).getText().contains("Quá hạn, báo lãnh đạo"));
            browser.screenshot("leader-escalation-reminders");
            browser.driver().findElement(By.xpath(row + "//a")).click();
            browser.waitForText(By.id("overview"), "Quá hạn");
            assertTrue(browser.bodyText().contains(CONTENT));
            browser.screenshot("leader-escalated-petition");

            // The leader's list of petitions in work puts the overdue one first.
            browser.open(base + "leader/tasks");
            browser.visible(By.id("tasks:table"));
            String first = browser.driver().findElement(By.cssSelector("tbody[id='tasks:table_data'] tr")).getText();
            assertTrue(first.contains("Quá hạn"), "the overdue come first: " + first);

            browser.signOutAndForget();
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            browser.open(base + "task/reminders");
            browser.visible(By.xpath(row));
            assertTrue(browser.driver().findElement(By.xpath(row)).getText().contains("Quá hạn"));
            browser.screenshot("officer-overdue-reminder");
        } finally {
            String mine = "select id from petition where content like '%" + MARKER + "%'";
            DatabaseClient.update("delete from notification where petition_id in (" + mine + ")");
            DatabaseClient.update("delete from petition_transition where petition_id in (" + mine + ")");
            DatabaseClient.update("delete from assignment where petition_id in (" + mine + ")");
            DatabaseClient.update("delete from petition where content like ?", "%" + MARKER + "%");
        }
    }
}
