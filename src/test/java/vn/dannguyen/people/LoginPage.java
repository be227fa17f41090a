package vn.dannguyen.people;

import java.net.URL;

import org.openqa.selenium.By;

import vn.dannguyen.Browser;

/** The sign-in page, as a person uses it. */
public final class LoginPage {

    private final Browser browser;
    private final URL base;

    public LoginPage(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public LoginPage open() {
        browser.open(base + "login");
        browser.visible(By.id("login:username"));
        return this;
    }

    /** Signs in and waits for the page that follows (a home page, the asked-for page, or the error). */
    public void signIn(String username, String password) {
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.visible(By.cssSelector("h1.app-title"));
    }
}
