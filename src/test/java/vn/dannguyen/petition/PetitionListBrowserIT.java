package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.dannguyen.BrowserTest;

/** A clerk narrows the petition list by the days received, typing the dates as clerks do. */
class PetitionListBrowserIT extends BrowserTest {

    @BeforeEach
    void startSignedIn() {
        signIn("canbo");
        browser.open(base + "petition/list");
    }

    @Test
    void aDateTypedWrongIsSaidSoAndKept() {
        // Clicked into, then typed: the text must land in the field, not in a calendar that took the focus.
        WebElement from = browser.visible(By.id("list:from_input"));
        from.click();
        browser.driver().switchTo().activeElement().sendKeys("31/02/2026");
        assertEquals("31/02/2026", from.getAttribute("value"), "what the clerk typed");

        browser.driver().findElement(By.id("list:search")).click();
        browser.waitForText(By.cssSelector("#list .filters"), "Từ ngày: ngày không hợp lệ");
        browser.screenshot("petition-list-bad-date");
        assertEquals("31/02/2026", browser.driver().findElement(By.id("list:from_input")).getAttribute("value"),
                "kept, not turned into 28/02");
        assertTrue(browser.driver().findElement(By.id("list:from_input")).getAttribute("class").contains("ui-state-error"),
                "the field is marked");

        // Clear: no field left marked, the list unfiltered again.
        browser.driver().findElement(By.id("list:clear")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                !d.findElement(By.id("list:from_input")).getAttribute("class").contains("ui-state-error")
                        && d.findElement(By.id("list:from_input")).getAttribute("value").isEmpty());
        assertEquals("", browser.driver().findElement(By.cssSelector("#list .filters")).findElements(By.cssSelector(".ui-message"))
                .stream().map(WebElement::getText).reduce("", String::concat), "no message left");
    }

    @Test
    void daysTheWrongWayRoundAreSaidSo() {
        browser.typeDate("list:from_input", "10/11/2026");
        browser.typeDate("list:to_input", "01/11/2026");
        browser.driver().findElement(By.id("list:search")).click();
        browser.waitForText(By.cssSelector("#list .filters"), "Từ ngày phải trước hoặc trùng Đến ngày.");
        browser.screenshot("petition-list-dates-reversed");

        browser.typeDate("list:to_input", "30/11/2026");
        browser.driver().findElement(By.id("list:search")).click();
        browser.waitForAjax();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                !d.findElement(By.cssSelector("#list .filters")).getText().contains("phải trước"));
    }
}
