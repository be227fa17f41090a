package vn.dannguyen;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/**
 * A browser journey: the application as users get it (with the test helpers, so a test can make its own
 * data through {@code vn.dannguyen.fixture.CommuneFixture}), a fresh headless Chromium per test, and signing
 * in as a demo account or one the test made. Subclasses clean up what they made in their own {@code @AfterEach}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.withTestHelpers();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Forgets any earlier session and signs in as a demo account. */
    protected void signIn(String username) {
        browser.signOutAndForget();
        new LoginPage(browser, base).open().signIn(username, DemoData.DEMO_PASSWORD);
    }

    /** Forgets any earlier session and signs in as an account a test made ({@link TestData#PASSWORD}). */
    protected void signInAs(String username) {
        browser.signOutAndForget();
        new LoginPage(browser, base).open().signIn(username, TestData.PASSWORD);
    }
}
