package vn.dannguyen.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDevicesTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:600000:salt:hash";
    private final KnownDevices devices = new KnownDevices("a key for the test".getBytes());

    @Test
    void aCookieNamesItsDeviceOnlyForItsAccountAndPasswordUntilItExpiresAndCannotBeForged() {
        Instant now = Instant.parse("2026-12-08T02:00:00Z");
        devices.useClock(Clock.fixed(now, ZoneOffset.UTC));
        String value = devices.cookieValue("canbo", HASH);
        String device = value.substring(0, value.indexOf('.'));

        assertEquals(Optional.of(device), devices.deviceOf(value, "canbo", HASH));
        assertNotEquals(device, devices.cookieValue("canbo", HASH).split("\\.")[0], "each browser its own id");
        assertEquals(Optional.empty(), devices.deviceOf(value, "lanhdao", HASH), "another account");
        assertEquals(Optional.empty(), devices.deviceOf(value, "canbo", HASH + "-changed"), "the password changed since");
        String[] parts = value.split("\\.");
        assertEquals(Optional.empty(), devices.deviceOf(parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2], "canbo", HASH),
                "a changed expiry");
        assertEquals(Optional.empty(), devices.deviceOf("other." + parts[1] + "." + parts[2], "canbo", HASH), "another device id");
        assertEquals(Optional.empty(), devices.deviceOf(parts[0] + "." + parts[1] + ".AAAA", "canbo", HASH), "a made-up signature");
        assertEquals(Optional.empty(), devices.deviceOf("garbage", "canbo", HASH));
        assertEquals(Optional.empty(), new KnownDevices("another key".getBytes()).deviceOf(value, "canbo", HASH), "another server key");

        devices.useClock(Clock.fixed(now.plus(KnownDevices.LIFETIME).plusSeconds(1), ZoneOffset.UTC));
        assertEquals(Optional.empty(), devices.deviceOf(value, "canbo", HASH), "expired");
        assertNotEquals(KnownDevices.cookieName("canbo"), KnownDevices.cookieName("lanhdao"));
    }

    @Test
    void withoutAConfiguredKeyOneIsDrawnOnceAndKeptForTheNextStart(@TempDir Path data) throws Exception {
        byte[] first = KnownDevices.keyOf(null, data.toString());
        assertArrayEquals(first, KnownDevices.keyOf("", data.toString()), "the same key after a restart");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("dannguyen-device-key"))));
        assertTrue(first.length >= 32);
    }
}
