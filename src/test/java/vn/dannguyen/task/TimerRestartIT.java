package vn.dannguyen.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dannguyen.ScratchDatabase;
import vn.dannguyen.SecondServer;

/**
 * "A timer missed while the server was down fires once after restart", for real: a second WildFly (the
 * provisioned one, its own copy of the standalone directory, ports shifted by 300) runs the application
 * with the daily reminder scheduled a little ahead; it is killed with SIGKILL before that moment and
 * started again after it. The missed run must happen once, soon after the restart, and not again.
 */
class TimerRestartIT {

    private static final ZoneId COMMUNE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ScratchDatabase DATABASE = new ScratchDatabase("dannguyen_it_timer");
    /** Enough for a first boot that also migrates an empty schema on a busy two-core machine. */
    private static final Duration FIRST_BOOT_ALLOWANCE = Duration.ofSeconds(120);

    private final SecondServer server = new SecondServer("timer-restart", 300);

    @Test
    void aReminderRunMissedWhileTheServerWasKilledHappensOnceAfterTheRestart() throws Exception {
        DATABASE.create();
        server.prepare()
                .env("DB_URL", DATABASE.url())
                .env("DB_USER", System.getProperty("it.db.user"))
                .env("DB_PASSWORD", System.getProperty("it.db.password"))
                .env("DANNGUYEN_DEMO_DATA", "false");
        ZonedDateTime slot = ZonedDateTime.now(COMMUNE_ZONE).plus(FIRST_BOOT_ALLOWANCE).withNano(0);
        String schedule = slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour();

        server.env("DANNGUYEN_REMINDER_SCHEDULE", schedule).start();
        server.awaitDeployed(Duration.ofSeconds(240));
        Thread.sleep(3000); // the timer is in the file store once its creating transaction has completed
        assertTrue(Instant.now().isBefore(slot.toInstant().minusSeconds(2)),
                "the server booted too slowly to kill it before the scheduled moment " + slot);
        assertEquals(0, runs(), "the scheduled moment has not come yet");
        server.kill();

        long wait = Duration.between(Instant.now(), slot.toInstant()).toMillis() + 3000;
        Thread.sleep(Math.max(wait, 0));
        assertEquals(0, runs(), "nothing ran while the server was down");

        Instant restarted = Instant.now();
        server.start();
        server.awaitDeployed(Duration.ofSeconds(240));
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
        server.kill();
        DATABASE.drop();
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
        return DATABASE.connect();
    }
}
