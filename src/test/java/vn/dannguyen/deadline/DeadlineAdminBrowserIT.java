package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;

/** The province admin sees the time limits and the computed holidays, and a commune admin cannot get in. */
class DeadlineAdminBrowserIT extends BrowserTest {

    @Test
    void theProvinceAdminSeesRulesAndHolidays() {
        signIn("quantri");
        browser.open(base + "admin/deadlines");
        browser.waitForText(By.id("rules:table"), "Kiến nghị cử tri");
        assertTrue(browser.bodyText().contains("Ngày nghỉ lễ tính sẵn:"));
        browser.screenshot("admin-deadlines");
    }

    @Test
    void aCommuneAdminIsToldItIsNotTheirs() {
        signIn("quantri.minhxuan");
        browser.open(base + "admin/deadlines");
        browser.visible(By.id("rules:table"));
        // Reading is allowed to admins; saving is refused with a message in Vietnamese.
        browser.driver().findElement(By.id("rules:table:0:save")).click();
        browser.waitForText(By.id("messages"), "Bạn không có quyền với dữ liệu của xã, phường này.");
    }
}
