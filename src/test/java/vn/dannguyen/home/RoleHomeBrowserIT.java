package vn.dannguyen.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.Deployments;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/** Each role signs in, lands on its own home page, and is refused the pages of another role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleHomeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void forgetSession() {
        browser.signOutAndForget();
    }

    @ParameterizedTest(name = "{0} sees {1}, is refused {2}")
    @CsvSource({
            "canbo,    staffHome,   Trang làm việc của cán bộ,   admin/communes",
            "lanhdao,  leaderHome,  Trang làm việc của lãnh đạo, audit/home",
            "thanhtra, auditorHome, 'Trang thanh tra, kiểm tra', staff/home",
            "quantri,  adminHome,   Trang quản trị,              leader/home"})
    void eachRoleSeesItsHomeAndIsRefusedAnotherRolesPage(String user, String homeId, String title, String forbidden) {
        new LoginPage(browser, base).open().signIn(user, DemoData.DEMO_PASSWORD);

        browser.visible(By.id(homeId));
        assertEquals(title, browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
        assertTrue(browser.bodyText().contains("Xã Mỹ Bằng"), "the home page names the user's commune");
        browser.screenshot("home-" + user);

        browser.open(base + forbidden);
        browser.visible(By.id("error403"));
        assertEquals("Không có quyền truy cập", browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndThenToThePageAsked() {
        browser.open(base + "admin/villages");
        browser.visible(By.id("login:username"));
        browser.screenshot("login");
        String sessionBeforeSignIn = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        new LoginPage(browser, base).signIn("quantri", DemoData.DEMO_PASSWORD);
        assertNotEquals(sessionBeforeSignIn, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(),
                "signing in changes the session id");
        assertEquals("Danh mục thôn, bản, tổ dân phố",
                browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
    }

    @Test
    void aWrongPasswordIsToldInVietnameseAndSignsNobodyIn() {
        new LoginPage(browser, base).open().signIn("canbo", "sai-mat-khau");
        browser.waitForText(By.id("messages"), "Tên đăng nhập hoặc mật khẩu không đúng.");
        assertEquals("canbo", browser.driver().findElement(By.id("login:username")).getAttribute("value"),
                "the user name typed is kept");

        browser.open(base + "staff/home");
        browser.visible(By.id("login:username"));
    }

    @Test
    void englishCanBeChosenAndVietnameseIsTheDefault() {
        new LoginPage(browser, base).open();
        assertEquals("Đăng nhập", browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
        browser.driver().findElement(By.id("langEn")).click();
        browser.waitForText(By.cssSelector("h1.app-title"), "Sign in");

        new LoginPage(browser, base).signIn("lanhdao", DemoData.DEMO_PASSWORD);
        assertEquals("Leader workspace", browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
        browser.screenshot("home-leader-en");
    }

    @Test
    void signingOutEndsTheSession() {
        new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
        browser.visible(By.id("signOut")).click();
        browser.visible(By.id("login:username"));

        browser.open(base + "staff/home");
        browser.visible(By.id("login:username"));
        assertFalse(browser.bodyText().contains("Nguyễn Thị Hoa"));
    }

    @Test
    void anUnknownPageIsA404InTheUsersLanguage() {
        browser.open(base + "khong-co-trang-nay");
        browser.visible(By.id("error404"));
        assertEquals("Không tìm thấy trang", browser.driver().findElement(By.cssSelector("h1.app-title")).getText());
    }
}
