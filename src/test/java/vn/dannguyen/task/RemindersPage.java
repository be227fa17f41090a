package vn.dannguyen.task;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.petition.PetitionViewPage;

/** /task/reminders: what the daily run told the signed-in officer or leader. */
public final class RemindersPage {

    private final Browser browser;

    private RemindersPage(Browser browser) {
        this.browser = browser;
    }

    public static RemindersPage open(Browser browser, String base) {
        browser.open(base + "task/reminders");
        browser.visible(By.id("reminders:table"));
        return new RemindersPage(browser);
    }

    /** The text of the reminder about the petition with this tracking code. */
    public String reminderOf(String trackingCode) {
        return browser.visible(row(trackingCode)).getText();
    }

    /** Follows the reminder's link to the petition. */
    public PetitionViewPage openPetition(String trackingCode) {
        browser.driver().findElement(row(trackingCode)).findElement(By.linkText(trackingCode)).click();
        return PetitionViewPage.at(browser);
    }

    private static By row(String trackingCode) {
        return By.xpath("//tbody[@id='reminders:table_data']/tr[td//a[normalize-space(.)='" + trackingCode + "']]");
    }
}
