package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.ScratchDatabase;
import vn.dannguyen.SecondServer;

/**
 * A production installation as an operator starts it: an empty database, no demo data, and the first
 * administrator's one-time password in the environment, which must be replaced at the first sign-in before any
 * page opens. Without DB_PASSWORD the server says so at boot instead of trying a built-in one.
 */
class ProductionStartIT {

    private static final ResourceBundle VI = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
    private static final String SECRET = "mot-lan-duy-nhat-2026";
    private static final String OWN_PASSWORD = "Ngày mai trời sẽ nắng đẹp";
    private static final ScratchDatabase DATABASE =
            new ScratchDatabase("dannguyen_it_production" + Integer.getInteger("it.port.offset", 0));

    private final SecondServer server = new SecondServer("production-start", 700);
    private final SecondServer withoutPassword = new SecondServer("production-no-password", 800);

    @AfterEach
    void stopServers() throws Exception {
        server.kill();
        withoutPassword.kill();
        DATABASE.drop();
    }

    @Test
    void anEmptyDatabaseGetsOnlyTheFirstAdministratorWhoMustChooseTheirOwnPassword() throws Exception {
        DATABASE.create();
        server.prepare()
                .env("DB_URL", DATABASE.url())
                .env("DB_USER", System.getProperty("it.db.user"))
                .env("DB_PASSWORD", System.getProperty("it.db.password"))
                .env("DANNGUYEN_DEMO_DATA", "false")
                .env("DANNGUYEN_FIRST_ADMIN_PASSWORD", SECRET)
                .start();
        server.awaitDeployed(Duration.ofSeconds(240));
        assertEquals(List.of("quantri true"), accounts(), "one account, no demo ones, and its password must change");

        try (Browser browser = new Browser()) {
            String base = server.uri("").toString();
            signIn(browser, base, "quantri", SECRET);
            browser.visible(By.id("mustChange"));
            browser.open(base + "admin/home");
            browser.visible(By.id("mustChange"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("account/password"), "every page leads to the change first");
            browser.open(base + "admin/home;x=/jakarta.faces.resource/");
            browser.visible(By.id("mustChange"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("account/password"), "whatever the address carries");
            String climbing = rawGet("/jakarta.faces.resource/../admin/home", browser.sessionCookie());
            assertTrue(climbing.startsWith("HTTP/1.1 302") && climbing.contains("account/password"),
                    "an address that starts like a script's and climbs out of it is no script: " + climbing.lines().findFirst().orElse(""));
            Browser elsewhere = new Browser();
            signIn(elsewhere, base, "quantri", SECRET);
            elsewhere.visible(By.id("mustChange"));
            browser.screenshot("first-admin-must-change");

            changePassword(browser, SECRET, "ngan-qua");
            assertTrue(browser.bodyText().contains(VI.getString("people.password.error.short").replace("{0}", "12")));
            changePassword(browser, SECRET, "quantri-cua-tinh-2026");
            assertTrue(browser.bodyText().contains(VI.getString("people.password.error.username")));
            changePassword(browser, "doan-bua", OWN_PASSWORD);
            assertTrue(browser.bodyText().contains(VI.getString("people.password.error.current")));
            changePassword(browser, SECRET, OWN_PASSWORD);
            browser.waitForText(By.cssSelector("main"), VI.getString("people.password.done"));
            elsewhere.open(base + "admin/home");
            elsewhere.visible(By.id("login:username"));
            elsewhere.close();
            browser.open(base + "admin/home");
            assertTrue(browser.driver().getCurrentUrl().endsWith("admin/home"), browser.driver().getCurrentUrl());
            assertEquals(List.of("quantri false"), accounts());

            browser.signOutAndForget();
            signIn(browser, base, "quantri", SECRET);
            assertTrue(browser.bodyText().contains(VI.getString("people.login.error.invalid")), "the one-time secret is spent");
            signIn(browser, base, "quantri", OWN_PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("admin/home"), browser.driver().getCurrentUrl());
        }
    }

    private static void signIn(Browser browser, String base, String username, String password) {
        browser.open(base + "login");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.visible(By.cssSelector("h1.app-title"));
    }

    private static void changePassword(Browser browser, String current, String replacement) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:replacement"), replacement);
        browser.type(By.id("password:repeated"), replacement);
        browser.driver().findElement(By.id("password:submit")).click();
        browser.visible(By.cssSelector("h1.app-title"));
    }

    /** A GET sent as written: a browser would resolve "/../" before sending it. */
    private String rawGet(String path, String session) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.httpPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID=" + session
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return answer.substring(0, Math.min(answer.length(), 2000));
        }
    }

    private static List<String> accounts() throws Exception {
        List<String> accounts = new ArrayList<>();
        try (Connection c = DATABASE.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select username, password_change_required from app_user order by username")) {
            while (r.next()) {
                accounts.add(r.getString(1) + " " + r.getBoolean(2));
            }
        }
        return accounts;
    }

    @Test
    void withoutADatabasePasswordTheServerSaysSoAtBoot() throws Exception {
        withoutPassword.prepare()
                .env("DB_URL", "jdbc:mysql://127.0.0.1:3306/dannguyen_it_absent")
                .env("DANNGUYEN_DEMO_DATA", "false")
                .without("DB_PASSWORD")
                .start();
        Instant until = Instant.now().plus(Duration.ofSeconds(180));
        while (!withoutPassword.console().contains("WFLYSRV0026") && !withoutPassword.console().contains("WFLYSRV0025")
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        String console = withoutPassword.console();
        assertTrue(console.contains("Cannot resolve expression '${env.DB_PASSWORD}'"), "the cause is named at boot");
        assertTrue(console.contains("WFLYSRV0026"), "the server started with errors: the application is not deployed");
    }
}
