package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class KnownDevicesTest {

    private final KnownDevices devices = new KnownDevices();

    @Test
    void aCookieIsValidOnlyForItsAccountUntilItExpiresAndCannotBeForged() {
        Instant now = Instant.parse("2026-12-08T02:00:00Z");
        devices.useClock(Clock.fixed(now, ZoneOffset.UTC));
        long expires = now.plus(KnownDevices.LIFETIME).getEpochSecond();
        String value = expires + "." + devices.sign("canbo", expires);

        assertTrue(devices.valid(value, "canbo"));
        assertFalse(devices.valid(value, "lanhdao"), "another account");
        assertFalse(devices.valid((expires + 1) + "." + devices.sign("canbo", expires), "canbo"), "a changed expiry");
        assertFalse(devices.valid(expires + ".AAAA", "canbo"), "a made-up signature");
        assertFalse(devices.valid("garbage", "canbo"));
        assertFalse(new KnownDevices().valid(value, "canbo"), "another server key");

        devices.useClock(Clock.fixed(now.plus(KnownDevices.LIFETIME).plusSeconds(1), ZoneOffset.UTC));
        assertFalse(devices.valid(value, "canbo"), "expired");
        assertNotEquals(KnownDevices.cookieName("canbo"), KnownDevices.cookieName("lanhdao"));
    }
}
