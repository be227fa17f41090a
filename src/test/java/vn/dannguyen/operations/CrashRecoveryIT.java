package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.SecondServer;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/**
 * The database is killed with SIGKILL, five times, while a clerk keeps recording petitions at the counter
 * in the browser. A private MariaDB (its own data directory and port) takes the blows, with a second
 * WildFly on it. The clerk presses "save" again whenever she is told it did not save (same form, same
 * submission key). Afterwards every petition she was shown a tracking code for is in the database, none is
 * there twice, and the application served again within 30 seconds of the database coming back, with no
 * manual step.
 */
class CrashRecoveryIT {

    private static final String DATABASE = "dannguyen_crash";
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final int KILLS = 5;
    private final String marker = "SC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final int dbPort = 3310 + Integer.getInteger("it.port.offset", 0);
    private final Path dbDir = Path.of("target", "crash-db").toAbsolutePath();
    private final SecondServer server = new SecondServer("crash-server", 400);
    private Process database;

    @Test
    void killingTheDatabaseLosesNoAcknowledgedPetitionAndDuplicatesNone() throws Exception {
        assumeTrue(Files.isExecutable(MARIADBD), "needs the MariaDB server binary (.ci/run installs it)");
        installDatabase();
        startDatabase();
        try (Connection c = root(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            s.execute("CREATE USER 'dannguyen'@'%' IDENTIFIED BY 'dannguyen'");
            s.execute("GRANT ALL ON " + DATABASE + ".* TO 'dannguyen'@'%'");
        }
        server.prepare()
                .env("DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort + "/" + DATABASE)
                .env("DB_USER", "dannguyen").env("DB_PASSWORD", "dannguyen")
                .env("DANNGUYEN_DEMO_DATA", "true")
                .start();
        server.awaitDeployed(Duration.ofSeconds(240));

        Map<Integer, String> acknowledged = new LinkedHashMap<>();
        List<Long> recoveryMillis = new ArrayList<>();
        int told = 0;
        int presses = 0;
        try (Browser browser = new Browser()) {
            URL base = server.uri("").toURL();
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            int n = 0;
            for (int round = 0; round < KILLS; round++) {
                // Two petitions as usual, then one whose save meets a dead database: killed before the press in
                // the first rounds, and in the last one a moment after it, while the save may be committing.
                for (int i = 0; i < 2; i++) {
                    fill(browser, base, ++n);
                    presses += pressUntilAcknowledged(browser, n, acknowledged);
                }
                fill(browser, base, ++n);
                if (round < KILLS - 1) {
                    killDatabase();
                    browser.driver().findElement(By.id("intake:save")).click();
                    presses++;
                    browser.waitForText(By.id("messages"), "Chưa lưu được");
                    told++;
                    browser.screenshot("crash-recovery-told");
                } else {
                    browser.driver().findElement(By.id("intake:save")).click();
                    presses++;
                    Thread.sleep(30);
                    killDatabase();
                }
                Thread.sleep(3_000);
                startDatabase();
                Instant back = Instant.now();
                awaitServing(Duration.ofSeconds(60));
                recoveryMillis.add(Duration.between(back, Instant.now()).toMillis());
                presses += pressUntilAcknowledged(browser, n, acknowledged);
            }
        }
        int attempts = presses;

        Map<String, Integer> stored = new LinkedHashMap<>();
        try (Connection c = root(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select tracking_code, content from " + DATABASE + ".petition where content like '%"
                     + marker + "%'")) {
            while (r.next()) {
                stored.merge(r.getString(2), 1, Integer::sum);
                stored.put("code:" + r.getString(1), 1);
            }
        }
        Set<String> missing = new HashSet<>();
        acknowledged.values().forEach(code -> {
            if (!stored.containsKey("code:" + code)) {
                missing.add(code);
            }
        });
        long duplicates = stored.entrySet().stream().filter(e -> !e.getKey().startsWith("code:") && e.getValue() > 1).count();
        System.out.printf("Crash recovery: " + KILLS + " kills of the database, %d petitions acknowledged after %d save presses (%d times told"
                + " it did not save), %d missing, %d duplicated, serving again %s ms after the database came back%n",
                acknowledged.size(), attempts, told, missing.size(), duplicates, recoveryMillis);
        assertEquals(Set.of(), missing, "acknowledged but not stored");
        assertEquals(0, duplicates, "stored twice");
        assertEquals(KILLS, recoveryMillis.size());
        assertTrue(recoveryMillis.stream().allMatch(ms -> ms <= 30_000), "served again within 30 s: " + recoveryMillis);
        assertEquals(3 * KILLS, acknowledged.size(), "every petition was recorded in the end");
        assertEquals(KILLS - 1, told, "the clerk was told when a save did not happen");
    }

    @AfterEach
    void stopAll() throws Exception {
        server.kill();
        if (database != null) {
            database.destroyForcibly();
            database.waitFor();
        }
    }

    /** Opens a fresh intake form (retrying while the page cannot be served) and types petition {@code n}. */
    private void fill(Browser browser, URL base, int n) throws Exception {
        String content = "Mất điện kéo dài ở thôn Ngô Sơn, lần " + n + " " + marker;
        Instant giveUp = Instant.now().plusSeconds(120);
        while (true) {
            try {
                browser.open(base + "petition/new");
                browser.type(By.id("intake:content"), content);
                browser.selectOne("intake:category", "Giao thông");
                browser.type(By.id("intake:name"), "Lê Văn Nam");
                return;
            } catch (RuntimeException pageNotServed) {
                if (Instant.now().isAfter(giveUp)) {
                    throw pageNotServed;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** Presses save on the same form (same submission key) until a tracking code is shown; returns the presses. */
    private int pressUntilAcknowledged(Browser browser, int n, Map<Integer, String> acknowledged) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(120);
        int presses = 0;
        while (Instant.now().isBefore(giveUp)) {
            // A press made just before the database was killed may have been saved and answered: the clerk then
            // sees the tracking code instead of the form.
            List<org.openqa.selenium.WebElement> shown = browser.driver().findElements(By.id("trackingCode"));
            if (!shown.isEmpty() && !shown.get(0).getText().isBlank()) {
                acknowledged.put(n, shown.get(0).getText().strip());
                return presses;
            }
            presses++;
            List<org.openqa.selenium.WebElement> save = browser.driver().findElements(By.id("intake:save"));
            if (save.isEmpty()) {
                browser.screenshot("crash-recovery-no-form");
                throw new AssertionError("petition " + n + ": the form is gone: " + browser.bodyText());
            }
            save.get(0).click();
            browser.waitForAjax();
            Instant until = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(until)) {
                try {
                    List<org.openqa.selenium.WebElement> code = browser.driver().findElements(By.id("trackingCode"));
                    if (!code.isEmpty() && !code.get(0).getText().isBlank()) {
                        acknowledged.put(n, code.get(0).getText().strip());
                        return presses;
                    }
                    String messages = browser.driver().findElement(By.id("messages")).getText();
                    if (messages.contains("Chưa lưu được")) {
                        break;
                    }
                    if (!messages.isBlank() && !messages.contains("Đã tiếp nhận")) {
                        browser.screenshot("crash-recovery-unexpected");
                        throw new AssertionError("petition " + n + ": " + messages);
                    }
                } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
                    // the page is being updated; look again
                }
                Thread.sleep(200);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("petition " + n + " was never acknowledged");
    }

    private void killDatabase() throws InterruptedException {
        database.destroyForcibly();
        database.waitFor();
    }

    private void awaitServing(Duration within) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            try {
                // The published results page reads the database on every request.
                if (http.send(HttpRequest.newBuilder(server.uri("ket-qua")).timeout(Duration.ofSeconds(15)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep asking
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not serve again within " + within);
    }

    private void installDatabase() throws Exception {
        if (Files.exists(dbDir)) {
            try (var old = Files.walk(dbDir)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(dbDir);
        Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dbDir.resolve("data"),
                "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal", "--skip-test-db")
                .redirectErrorStream(true).redirectOutput(dbDir.resolve("install.log").toFile()).start();
        assertEquals(0, install.waitFor(), "mariadb-install-db; see " + dbDir.resolve("install.log"));
    }

    /** Durable as in production: redo log flushed and binary log synced at every commit. */
    private void startDatabase() throws Exception {
        database = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dbDir.resolve("data"),
                "--port=" + dbPort, "--bind-address=127.0.0.1", "--socket=" + dbDir.resolve("mysqld.sock"),
                "--user=" + System.getProperty("user.name"), "--innodb-flush-log-at-trx-commit=1",
                "--log-bin=" + dbDir.resolve("data").resolve("binlog"), "--sync-binlog=1", "--innodb-buffer-pool-size=64M")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dbDir.resolve("server.log").toFile()))
                .start();
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            try (Connection c = root()) {
                return;
            } catch (java.sql.SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the private MariaDB did not start; see " + dbDir.resolve("server.log"));
    }

    private Connection root() throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + dbPort + "/", "root", "");
    }
}
