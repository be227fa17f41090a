package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.dannguyen.BrowserTest;

/** Every list that shows a petition opens it: a click on its row, its tracking code, or Enter on the code. */
class PetitionListOpensBrowserIT extends BrowserTest {

    @Test
    void aClerkOpensAPetitionByClickingItsRow() {
        signIn("canbo");
        browser.open(base + "petition/list");
        WebElement content = browser.visible(By.cssSelector(".opens-rows tbody tr[data-ri='0'] td.col-content"));
        String code = browser.driver().findElement(By.cssSelector(".opens-rows tbody tr[data-ri='0'] a.row-open")).getText();
        content.click();
        opened(code);
    }

    @Test
    void anAuditorOpensOneFromTheKeyboard() {
        signIn("thanhtra");
        browser.open(base + "petition/list");
        WebElement link = browser.visible(By.cssSelector(".opens-rows tbody tr[data-ri='0'] a.row-open"));
        String code = link.getText();
        link.sendKeys(Keys.ENTER);
        opened(code);
    }

    private void opened(String code) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/petition/view?id="));
        browser.visible(By.id("status"));
        assertTrue(browser.bodyText().contains(code), "the page of " + code);
    }
}
