package vn.dannguyen.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.BrowserTest;

/** Choosing a language keeps the page the user is on, with its parameters, also on an error page. */
class LanguageSwitchBrowserIT extends BrowserTest {

    @Test
    void thePublicLookupStaysOnTheCodeAskedFor() {
        browser.open(base + "tra-cuu?ma=KHONG-CO-MA");
        assertEquals("Tra cứu kết quả kiến nghị", browser.visible(By.cssSelector("h1.app-title")).getText());
        browser.driver().findElement(By.id("langEn")).click();
        browser.waitForText(By.cssSelector("h1.app-title"), "Check a petition");
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.endsWith("/tra-cuu?ma=KHONG-CO-MA"), address);

        browser.driver().findElement(By.id("langVi")).click();
        browser.waitForText(By.cssSelector("h1.app-title"), "Tra cứu kết quả kiến nghị");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/tra-cuu?ma=KHONG-CO-MA"));
    }

    @Test
    void aPageWithParametersAndAnErrorPageKeepTheirAddress() {
        signIn("canbo");
        browser.open(base + "petition/view?id=999999999");
        assertEquals("Không tìm thấy trang", browser.visible(By.cssSelector("h1.app-title")).getText());
        browser.driver().findElement(By.id("langEn")).click();
        browser.waitForText(By.cssSelector("h1.app-title"), "Page not found");
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.endsWith("/petition/view?id=999999999"), "still the address asked for, not the error page's: " + address);
        browser.screenshot("language-switch-404-en");
    }
}
