package vn.dannguyen.task;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.browser.PrimeFacesAjax;

/** /leader/tasks: the leader's petitions in work, the overdue first. */
public final class LeaderTasksPage {

    private final Browser browser;

    private LeaderTasksPage(Browser browser) {
        this.browser = browser;
    }

    public static LeaderTasksPage open(Browser browser, String base) {
        browser.open(base + "leader/tasks");
        browser.visible(By.id("tasks:table"));
        return new LeaderTasksPage(browser);
    }

    public String firstRow() {
        return browser.driver().findElement(By.cssSelector("tbody[id='tasks:table_data'] tr")).getText();
    }

    /** Presses "assign" with what is ticked; returns whether the assignment dialog opened. */
    public boolean pressAssign() {
        PrimeFacesAjax.guardAjax(browser.driver(), () -> browser.driver().findElement(By.id("tasks:assign")).click());
        return browser.driver().findElement(By.id("assignDialog")).isDisplayed();
    }

    public String messages() {
        return browser.driver().findElement(By.id("messages")).getText();
    }

    public int overdueCount() {
        return Integer.parseInt(browser.driver().findElement(By.id("overdueCount")).getText().strip());
    }
}
