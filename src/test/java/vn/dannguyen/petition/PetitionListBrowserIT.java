package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dannguyen.BrowserTest;
import vn.dannguyen.Labels;

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
        WebElement field = browser.visible(By.id("list:from_input"));
        field.click();
        browser.driver().switchTo().activeElement().sendKeys("31/02/2026");
        assertEquals("31/02/2026", field.getAttribute("value"), "what the clerk typed");

        browser.driver().findElement(By.id("list:search")).click();
        browser.waitForText(By.cssSelector("#list .filters"), "Từ ngày: ngày không hợp lệ");
        browser.screenshot("petition-list-bad-date");
        // The field is drawn again with the answer (and its widget set up again): read it once it has settled.
        waitFor(d -> from(d).getAttribute("class").contains("ui-state-error"));
        assertEquals("31/02/2026", from(browser.driver()).getAttribute("value"), "kept, not turned into 28/02");

        // Clear: no field left marked, no message left.
        browser.driver().findElement(By.id("list:clear")).click();
        waitFor(d -> !from(d).getAttribute("class").contains("ui-state-error") && from(d).getAttribute("value").isEmpty());
        waitFor(d -> d.findElement(By.cssSelector("#list .filters")).findElements(By.cssSelector(".ui-message")).stream()
                .allMatch(message -> message.getText().isEmpty()));
    }

    @Test
    void daysTheWrongWayRoundAreSaidSo() {
        PetitionListPage list = PetitionListPage.at(browser).receivedBetween(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 1));
        assertTrue(list.filters().contains(Labels.vi("common.dateOrder")), list.filters());
        browser.screenshot("petition-list-dates-reversed");

        list.receivedBetween(null, LocalDate.of(2026, 11, 30));
        assertFalse(list.filters().contains(Labels.vi("common.dateOrder")), list.filters());
    }

    private static WebElement from(WebDriver driver) {
        return driver.findElement(By.id("list:from_input"));
    }

    /** Waits for a state of elements an Ajax answer replaces: one read may find the element just replaced. */
    private void waitFor(java.util.function.Function<WebDriver, Boolean> state) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(state);
    }
}
