package vn.dannguyen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.DatabaseClient;
import vn.dannguyen.PetitionSheets;

/** The leader's dashboard puts the overdue petitions first and draws the counts as charts. */
class LeaderDashboardBrowserIT extends BrowserTest {

    private final String marker = "DB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @AfterEach
    void cleanUp() throws Exception {
        DatabaseClient.update("delete from petition where content like ?", "%" + marker + "%");
    }

    @BeforeEach
    void startSignedIn() {
        signIn("lanhdao");
    }

    @Test
    void overduePetitionsComeFirstAndEveryCountIsCharted() {
        // The leader's home already says how many are overdue (the demo meeting's petitions are 45 days old).
        assertTrue(Integer.parseInt(browser.visible(By.id("homeOverdue")).getText()) >= 3);
        browser.visible(By.id("openDashboard")).click();
        browser.waitForText(By.id("overdueList"), "Sạt lở đất tại thôn Khuân Ráng");
        assertEquals(4, browser.driver().findElements(By.cssSelector(".chart-card canvas")).size());
        browser.screenshot("leader-dashboard");
    }

    @Test
    void theOverdueListCountsThemAllAndPagesThroughThemTenAtATime() throws Exception {
        // 25 petitions received in 2020: overdue for years, so they head the list (earliest deadline first).
        signIn("canbo");
        browser.open(base + "petition/import");
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]"))
                .sendKeys(PetitionSheets.streetLights(marker, 25, LocalDate.of(2020, 3, 2)).toString());
        browser.waitForText(By.id("import:result"), "Đã nhập 25 kiến nghị");

        signIn("lanhdao");
        browser.open(base + "leader/dashboard");
        long overdue = ((Number) DatabaseClient.single("select count(*) from petition p join app_user u on u.commune_id = p.commune_id"
                + " where u.username = 'lanhdao' and p.status not in ('ANSWERED', 'CLOSED') and p.deadline_on < ?",
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))).longValue();
        assertTrue(overdue >= 25);
        assertTrue(browser.visible(By.cssSelector("h2.overdue-title")).getText().endsWith("(" + overdue + ")"));
        By rows = By.cssSelector("tbody[id$='overdueList_data'] > tr");
        assertEquals(10, browser.driver().findElements(rows).size());
        browser.waitForText(By.cssSelector("tbody[id$='overdueList_data'] > tr:first-child"), "Đèn đường số 1 " + marker);

        browser.driver().findElement(By.cssSelector("[id$='overdueList'] .ui-paginator-next")).click();
        browser.waitForText(By.cssSelector("tbody[id$='overdueList_data'] > tr:first-child"), "Đèn đường số 11 " + marker);
        assertEquals(10, browser.driver().findElements(rows).size());
        browser.screenshot("leader-dashboard-overdue-page-2");
    }
}
