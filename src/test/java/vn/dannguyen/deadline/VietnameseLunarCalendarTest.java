package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known Vietnamese lunar dates, including years where Vietnam's calendar differs from China's. */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} fell on {1}")
    @CsvSource({
            "1985, 1985-01-21", // China: 20 February 1985
            "2007, 2007-02-17", // China: 18 February 2007
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06"})
    void tet(int year, LocalDate expected) {
        assertEquals(expected, VietnameseLunarCalendar.tet(year));
    }

    @ParameterizedTest(name = "Hùng Kings day {0}: {1}")
    @CsvSource({
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26"})
    void hungKingsDay(int year, LocalDate expected) {
        assertEquals(expected, VietnameseLunarCalendar.toGregorian(year, 3, 10));
    }
}
