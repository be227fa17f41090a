package vn.dannguyen.citizen;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;

/** /tra-cuu: a voter looks up a petition by the code on the receipt, without signing in. */
public final class PublicLookupPage {

    private final Browser browser;

    private PublicLookupPage(Browser browser) {
        this.browser = browser;
    }

    public static PublicLookupPage lookUp(Browser browser, String base, String trackingCode) {
        browser.open(base + "tra-cuu?ma=" + trackingCode);
        browser.visible(By.id("status"));
        return new PublicLookupPage(browser);
    }

    public String status() {
        return browser.driver().findElement(By.id("statusText")).getText();
    }

    public String answerResult() {
        return browser.driver().findElement(By.id("answerResult")).getText();
    }

    public String roadmap() {
        return browser.visible(By.id("roadmap")).getText();
    }
}
