package vn.dannguyen.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Tracking codes keep the layout they were given with {@code String.format("%02d%04d-%06d-")}. */
class TrackingCodeFormatTest {

    @Test
    void yearCommuneAndNumberAreZeroPadded() {
        for (int year : new int[] {2005, 2026, 2100}) {
            for (long commune : new long[] {1, 7, 124, 3_300, 9_999, 10_007, 123_456}) {
                for (int number : new int[] {0, 1, 42, 123_456, 999_999, 1_000_000, 12_345_678}) {
                    String code = TrackingCodeFormat.format(commune, LocalDate.of(year, 3, 5), number);
                    String expected = String.format("%02d%04d-%06d-", year % 100, commune % 10_000, number);
                    assertEquals(expected, code.substring(0, code.length() - 3), code);
                    assertTrue(code.substring(code.length() - 3).matches("[ACDEFGHJKMNPQRTUVWXY3479]{3}"), code);
                }
            }
        }
    }
}
