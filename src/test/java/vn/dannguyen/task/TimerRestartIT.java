package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "A timer missed while the server was down fires once after restart", for real: a second WildFly (the
 * provisioned one, its own copy of the standalone directory, ports shifted by 300) runs the application
 * with the daily reminder scheduled a little ahead; it is killed with SIGKILL before that moment and
 * started again after it. The missed run must happen once, soon after the restart, and not again.
 */
class TimerRestartIT {

    private static final ZoneId COMMUNE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DATABASE = "dannguyen_it_timer";
    /** Enough for a first boot that also migrates an empty schema on a busy two-core machine. */
    private static final Duration FIRST_BOOT_ALLOWANCE = Duration.ofSeconds(120);

    private final int offset = 300 + Integer.getInteger("it.port.offset", 0);
    private final Path base = Path.of("target", "timer-restart").toAbsolutePath();
    private Process server;

    @Test
    void aReminderRunMissedWhileTheServerWasKilledHappensOnceAfterTheRestart() throws Exception {
        prepareDatabase();
        prepareServerDirectory();
        ZonedDateTime slot = ZonedDateTime.now(COMMUNE_ZONE).plus(FIRST_BOOT_ALLOWANCE).withNano(0);
        String schedule = slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour();

        server = start(schedule);
        awaitDeployed();
        Thread.sleep(3000); // the timer is in the file store once its creating transaction has completed
        assertTrue(Instant.now().isBefore(slot.toInstant().minusSeconds(2)),
                "the server booted too slowly to kill it before the scheduled moment " + slot);
        assertEquals(0, runs(), "the scheduled moment has not come yet");
        killHard(server);

        long wait = Duration.between(Instant.now(), slot.toInstant()).toMillis() + 3000;
        Thread.sleep(Math.max(wait, 0));
        assertEquals(0, runs(), "nothing ran while the server was down");

        Instant restarted = Instant.now();
        server = start(schedule);
        awaitDeployed();
        waitForRuns(1, Duration.ofSeconds(30));
        Thread.sleep(10_000);
        assertEquals(1, runs(), "the missed run happened once, not once per missed moment or per restart");
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select ran_at from scheduled_run")) {
            r.next();
            Instant ranAt = r.getTimestamp(1).toLocalDateTime().atZone(ZoneId.of("UTC")).toInstant();
            assertTrue(ranAt.isAfter(restarted), "it ran after the restart: " + ranAt);
        }
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            killHard(server);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", adminUser(), adminPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
        }
    }

    private void prepareDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", adminUser(), adminPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            s.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                s.execute("GRANT ALL ON `" + DATABASE + "`.* TO '" + System.getProperty("it.db.user") + "'@'" + host + "'");
            }
        }
    }

    /** A fresh standalone directory (configuration only) with the application deployed in it. */
    private void prepareServerDirectory() throws IOException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path standalone = Path.of(System.getProperty("jboss.home"), "standalone");
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(standalone.resolve("configuration"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("it.war")), base.resolve("deployments").resolve("dan-nguyen.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Process start(String schedule) throws IOException {
        Path script = Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("DB_URL", "jdbc:mysql://127.0.0.1:3306/" + DATABASE);
        env.put("DB_USER", System.getProperty("it.db.user"));
        env.put("DB_PASSWORD", System.getProperty("it.db.password"));
        env.put("DANNGUYEN_DEMO_DATA", "false");
        env.put("DANNGUYEN_REMINDER_SCHEDULE", schedule);
        env.put("DANNGUYEN_AUDIT_SEAL_SECONDS", "0");
        env.put("DANNGUYEN_AUDIT_ANCHOR", base.resolve("audit-anchor.log").toString());
        env.put("DANNGUYEN_FILES_DIR", base.resolve("files").toString());
        env.put("SMTP_PORT", String.valueOf(3025 + offset));
        env.remove("JAVA_OPTS");
        return builder.start();
    }

    private void awaitDeployed() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI login = URI.create("http://127.0.0.1:" + (8080 + offset) + "/login");
        Instant until = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                fail("the second server stopped; see " + base.resolve("console.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail("the application did not come up on port " + (8080 + offset) + "; see " + base.resolve("console.log"));
    }

    /** SIGKILL to the server JVM and its launcher script: no shutdown hooks, no orderly undeploy. */
    private static void killHard(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        Thread.sleep(500);
    }

    private void waitForRuns(int expected, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (runs() < expected && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
    }

    private int runs() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from information_schema.tables where table_schema = database()"
                     + " and table_name = 'scheduled_run'")) {
            r.next();
            if (r.getInt(1) == 0) {
                return 0;
            }
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from scheduled_run")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + DATABASE, System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static String adminUser() {
        return System.getProperty("it.db.admin.user", "root");
    }

    private static String adminPassword() {
        return System.getProperty("it.db.admin.password", "");
    }
}
