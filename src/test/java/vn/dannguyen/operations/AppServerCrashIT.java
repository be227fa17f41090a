package vn.dannguyen.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import vn.dannguyen.Browser;
import vn.dannguyen.ScratchDatabase;
import vn.dannguyen.SecondServer;
import vn.dannguyen.demo.DemoData;
import vn.dannguyen.people.LoginPage;

/**
 * The application server is killed with SIGKILL five times (the last three a moment after a clerk pressed
 * save), while two clerks keep recording petitions at
 * the counter in their browsers. Sessions and views die with the server; what a clerk typed does not: the
 * browser keeps it with its submission key (drafts.js) until the server confirms the save. After each restart
 * the clerk signs in again, finds her petition restored and saves it once more, and the server answers with the
 * petition it already has when the lost answer was for a save that had committed.
 * Afterwards every petition a clerk was shown a tracking code for is in the database under that code, none is
 * there twice, and nothing is there that no clerk was told about.
 */
class AppServerCrashIT {

    private final ScratchDatabase database = new ScratchDatabase("dannguyen_it_appcrash");
    private static final int KILLS = 5;
    /** How long after a press the 3rd, 4th and 5th kills come. */
    private static final int[] AFTER_PRESS_MILLIS = {40, 150, 300};
    private static final int CLERKS = 2;
    private static final String SAVED_BEFORE = "đã được lưu trước đó";

    private final String marker = "AC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final SecondServer server = new SecondServer("appcrash-server", 500);
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Content of each acknowledged petition -> the tracking code the clerk was shown. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> ackProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger restoredDrafts = new AtomicInteger();
    private final AtomicInteger savedBefore = new AtomicInteger();
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger presses = new AtomicInteger();
    private volatile long pressedAt;

    @Test
    void killingTheApplicationServerLosesNoAcknowledgedPetitionAndDuplicatesNone() throws Exception {
        database.create();
        server.prepare()
                .env("DB_URL", database.url())
                .env("DB_USER", System.getProperty("it.db.user"))
                .env("DB_PASSWORD", System.getProperty("it.db.password"))
                .env("DANNGUYEN_DEMO_DATA", "true")
                .start();
        server.awaitDeployed(Duration.ofSeconds(300));

        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        List<Future<Void>> running = new ArrayList<>();
        for (int clerk = 1; clerk <= CLERKS; clerk++) {
            int number = clerk;
            running.add(clerks.submit(() -> {
                clerk(number);
                return null;
            }));
        }
        Random random = new Random(20260701);
        List<Long> restartMillis = new ArrayList<>();
        List<Integer> acknowledgedBeforeKill = new ArrayList<>();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                // Let the clerks get going after the restart. The first kills come at a random moment, the later
                // ones a moment after a press: before, during or just after the save's commit.
                awaitAcknowledged(acknowledged.size() + 2, Duration.ofSeconds(180), running);
                if (kill <= 2) {
                    Thread.sleep(1000 + random.nextInt(4000));
                } else {
                    long seen = pressedAt;
                    Instant until = Instant.now().plusSeconds(60);
                    while (pressedAt == seen && Instant.now().isBefore(until)) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(AFTER_PRESS_MILLIS[kill - 3]);
                }
                acknowledgedBeforeKill.add(acknowledged.size());
                server.kill();
                Instant restarted = Instant.now();
                server.start();
                server.awaitDeployed(Duration.ofSeconds(300));
                restartMillis.add(Duration.between(restarted, Instant.now()).toMillis());
            }
            awaitAcknowledged(acknowledged.size() + 2, Duration.ofSeconds(180), running);
        } finally {
            stopping.set(true);
            clerks.shutdown();
        }
        for (Future<Void> clerk : running) {
            clerk.get(5, TimeUnit.MINUTES); // a clerk stops once her last petition is acknowledged
        }
        clerks.awaitTermination(1, TimeUnit.MINUTES);

        Map<String, List<String>> stored = new TreeMap<>();
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "select content, tracking_code from petition where content like ?")) {
            s.setString(1, "%" + marker + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        acknowledged.forEach((content, code) -> {
            List<String> codes = stored.get(content);
            if (codes == null || !codes.contains(code)) {
                missing.add(content + " (" + code + ")");
            }
        });
        List<String> duplicated = stored.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
        List<String> untold = stored.keySet().stream().filter(content -> !acknowledged.containsKey(content)).toList();
        restartMillis.sort(null);
        System.out.printf("Application server crash: %d SIGKILLs under %d clerks' intake (acknowledged before each kill: %s);"
                + " %d petitions acknowledged after %d save presses; %d saves interrupted, %d drafts restored after a restart,"
                + " %d of them had been saved before the kill; %d acknowledged but missing, %d stored twice, %d stored but"
                + " never acknowledged; restart to serving: median %d ms, max %d ms%n",
                KILLS, CLERKS, acknowledgedBeforeKill, acknowledged.size(), presses.get(), interrupted.get(), restoredDrafts.get(),
                savedBefore.get(), missing.size(), duplicated.size(), untold.size(), restartMillis.get(restartMillis.size() / 2),
                restartMillis.get(restartMillis.size() - 1));
        assertEquals(List.of(), ackProblems, "each petition was acknowledged with one tracking code");
        assertEquals(List.of(), missing, "acknowledged but not stored under the code shown");
        assertEquals(List.of(), duplicated, "stored twice");
        assertEquals(List.of(), untold, "stored but the clerk was never told");
        assertEquals(KILLS, restartMillis.size());
        assertTrue(restoredDrafts.get() >= 1, "at least one kill caught a petition typed but not acknowledged");
        assertTrue(acknowledged.size() >= 2 * KILLS, "the intake went on between the kills: " + acknowledged.size());
    }

    @AfterEach
    void stopServer() throws Exception {
        stopping.set(true);
        server.kill();
        database.drop();
    }

    /**
     * One clerk: types a petition, saves it, waits for its tracking code, and starts the next. When the server
     * goes away she waits until it answers, signs in, and expects the form to hold what she had typed.
     */
    private void clerk(int clerk) throws Exception {
        URL base = server.uri("").toURL();
        try (Browser browser = new Browser()) {
            int n = 0;
            String pending = null;
            while (pending != null || !stopping.get()) {
                try {
                    openForm(browser, base);
                    if (pending != null) {
                        String restored = browser.driver().findElement(By.id("intake:content")).getAttribute("value");
                        if (!pending.equals(restored)) {
                            browser.screenshot("appcrash-not-restored-" + clerk);
                            throw new AssertionError("clerk " + clerk + ": the form did not hold what she had typed: expected '"
                                    + pending + "', found '" + restored + "'");
                        }
                        assertEquals("Lê Văn Nam", browser.driver().findElement(By.id("intake:name")).getAttribute("value"),
                                "the petitioner's name is restored too");
                        restoredDrafts.incrementAndGet();
                        if (restoredDrafts.get() == 1) {
                            browser.screenshot("appcrash-draft-restored");
                        }
                    } else {
                        String content = "Đường liên thôn Ngô Sơn ngập nước, quầy " + clerk + " lần " + (++n) + " " + marker;
                        browser.type(By.id("intake:content"), content);
                        browser.selectOne("intake:category", "Giao thông");
                        browser.type(By.id("intake:name"), "Lê Văn Nam");
                        pending = content;
                    }
                    browser.driver().findElement(By.id("intake:save")).click();
                    presses.incrementAndGet();
                    pressedAt = System.nanoTime();
                    String code = awaitTrackingCode(browser);
                    if (browser.driver().findElement(By.id("messages")).getText().contains(SAVED_BEFORE)) {
                        savedBefore.incrementAndGet();
                        browser.screenshot("appcrash-saved-before");
                    }
                    String earlier = acknowledged.putIfAbsent(pending, code);
                    if (earlier != null) {
                        ackProblems.add(pending + " acknowledged as " + earlier + " and as " + code);
                    }
                    pending = null;
                } catch (WebDriverException serverGone) {
                    // An answer that came just after the wait gave up is still an answer: take it before leaving.
                    String late = lateTrackingCode(browser);
                    if (pending != null && late != null) {
                        String earlier = acknowledged.putIfAbsent(pending, late);
                        if (earlier != null) {
                            ackProblems.add(pending + " acknowledged as " + earlier + " and as " + late);
                        }
                        pending = null;
                        continue;
                    }
                    interrupted.incrementAndGet();
                    awaitServing(Duration.ofSeconds(300));
                }
            }
        }
    }

    private static String lateTrackingCode(Browser browser) {
        try {
            List<WebElement> code = browser.driver().findElements(By.id("trackingCode"));
            return code.isEmpty() || code.get(0).getText().isBlank() ? null : code.get(0).getText().strip();
        } catch (WebDriverException pageGone) {
            return null;
        }
    }

    /** The intake form, signing in first when the session died with the server. */
    private void openForm(Browser browser, URL base) {
        browser.open(base + "petition/new");
        if (!browser.driver().findElements(By.id("login:username")).isEmpty()) {
            new LoginPage(browser, base).signIn("canbo", DemoData.DEMO_PASSWORD);
            browser.open(base + "petition/new");
        }
        browser.visible(By.id("intake:content"));
    }

    /** The tracking code shown for the save; a message other than success fails the test. */
    private String awaitTrackingCode(Browser browser) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            List<WebElement> code = browser.driver().findElements(By.id("trackingCode"));
            try {
                if (!code.isEmpty() && !code.get(0).getText().isBlank()) {
                    return code.get(0).getText().strip();
                }
                String messages = browser.driver().findElement(By.id("messages")).getText();
                if (!messages.isBlank() && !messages.contains("Đã tiếp nhận") && !messages.contains(SAVED_BEFORE)) {
                    browser.screenshot("appcrash-unexpected");
                    throw new AssertionError("unexpected answer to a save: " + messages);
                }
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                // the page is being updated; look again
            }
            Thread.sleep(100);
        }
        throw new org.openqa.selenium.TimeoutException("no tracking code: the server did not answer the save");
    }

    private void awaitAcknowledged(int count, Duration within, List<Future<Void>> clerks) throws Exception {
        Instant until = Instant.now().plus(within);
        while (acknowledged.size() < count) {
            for (Future<Void> clerk : clerks) {
                if (clerk.isDone()) {
                    clerk.get(); // a clerk that failed fails the test with her reason
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("the clerks did not get " + count + " petitions acknowledged within " + within);
            }
            Thread.sleep(100);
        }
    }

    private void awaitServing(Duration within) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            try {
                if (http.send(HttpRequest.newBuilder(server.uri("login")).timeout(Duration.ofSeconds(10)).build(),
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
}
