package vn.dannguyen.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class CommuneClockTest {

    @Test
    void theCommunesDayBeginsAtMidnightInVietnamWhateverTheServersZone() {
        // 17:30 UTC on 7 December is 00:30 on 8 December in Hà Nội (UTC+7, no daylight saving).
        CommuneClock clock = CommuneClock.of(Clock.fixed(Instant.parse("2026-12-07T17:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 8), clock.today());
        assertEquals(LocalDateTime.of(2026, 12, 8, 0, 30), clock.now());
        assertEquals(2026, clock.year());
    }

    @Test
    void aFixedClockFixesToday() {
        CommuneClock clock = CommuneClock.of(Clock.fixed(Instant.parse("2027-01-01T05:00:00Z"), CommuneClock.ZONE));
        assertEquals(LocalDate.of(2027, 1, 1), clock.today());
        assertEquals(Instant.parse("2027-01-01T05:00:00Z"), clock.instant());
    }
}
