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
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.dannguyen.Browser;
import vn.dannguyen.SecondServer;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/**
 * The database is killed with SIGKILL, three times, while a clerk keeps recording petitions at the counter
 * in the browser. A private MariaDB (its own data directory and port) takes the blows, with a second
 * WildFly on it. The clerk presses "save" again whenever she is told it did not save (same form, same
 * submission key). Afterwards every petition she was shown a tracking code for is in the database, none is
 * there twice, and the application served again within 30 seconds of the database coming back, with no
 * manual step.
 */
class CrashRecoveryIT {

    private static final String DATABASE = "dannguyen_crash";
    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
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

        Map<Integer, String> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>());
        List<Long> recoveryMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killing = new AtomicBoolean(true);
        Thread killer = new Thread(() -> {
            try {
                for (int round = 0; round < 3; round++) {
                    Thread.sleep(12_000);
                    database.destroyForcibly();
                    database.waitFor();
                    Thread.sleep(4_000);
                    startDatabase();
                    Instant back = Instant.now();
                    awaitServing(Duration.ofSeconds(60));
                    recoveryMillis.add(Duration.between(back, Instant.now()).toMillis());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                killing.set(false);
            }
        });
        int attempts = 0;
        try (Browser browser = new Browser()) {
            URL base = server.uri("").toURL();
            new LoginPage(browser, base).open().signIn("canbo", DemoData.DEMO_PASSWORD);
            killer.start();
            for (int n = 1; killing.get() || n <= 3; n++) {
                attempts += recordUntilAcknowledged(browser, base, n, acknowledged);
            }
            killer.join();
        }

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
        System.out.printf("Crash recovery: 3 kills of the database, %d petitions acknowledged after %d save presses, %d missing,"
                + " %d duplicated, serving again %s ms after the database came back%n",
                acknowledged.size(), attempts, missing.size(), duplicates, recoveryMillis);
        assertEquals(Set.of(), missing, "acknowledged but not stored");
        assertEquals(0, duplicates, "stored twice");
        assertEquals(3, recoveryMillis.size());
        assertTrue(recoveryMillis.stream().allMatch(ms -> ms <= 30_000), "served again within 30 s: " + recoveryMillis);
        assertTrue(acknowledged.size() >= 4, "the clerk kept working: " + acknowledged.size());
    }

    @AfterEach
    void stopAll() throws Exception {
        server.kill();
        if (database != null) {
            database.destroyForcibly();
            database.waitFor();
        }
    }

    /** One petition at the counter: fill the form once, press save until a tracking code is shown. */
    private int recordUntilAcknowledged(Browser browser, URL base, int n, Map<Integer, String> acknowledged) throws Exception {
        String content = "Mất điện kéo dài ở thôn Ngô Sơn, lần " + n + " " + marker;
        Instant giveUp = Instant.now().plusSeconds(120);
        while (true) {
            try {
                browser.open(base + "petition/new");
                browser.type(By.id("intake:content"), content);
                browser.selectOne("intake:category", "Giao thông");
                browser.type(By.id("intake:name"), "Lê Văn Nam");
                break;
            } catch (RuntimeException pageNotServed) {
                if (Instant.now().isAfter(giveUp)) {
                    throw pageNotServed;
                }
                Thread.sleep(1000);
            }
        }
        int presses = 0;
        while (Instant.now().isBefore(giveUp)) {
            presses++;
            browser.driver().findElement(By.id("intake:save")).click();
            Instant until = Instant.now().plusSeconds(30);
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
            browser.waitForAjax();
            Thread.sleep(1000);
        }
        throw new AssertionError("petition " + n + " was never acknowledged");
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
