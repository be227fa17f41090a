package vn.dannguyen.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;

/** The leader's dashboard puts the overdue petitions first and draws the counts as charts. */
class LeaderDashboardBrowserIT extends BrowserTest {

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
}
