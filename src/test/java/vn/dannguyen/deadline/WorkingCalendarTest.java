package vn.dannguyen.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The working-day calendar against known dates. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Map.of());

    @Test
    void theDefaultTetBreakOf2026IsTheOfficialOne14To22February() {
        // Tết 2026 fell on Tuesday 17 February; the official break ran from Saturday 14 to Sunday 22 February.
        for (LocalDate day = LocalDate.of(2026, 2, 14); !day.isAfter(LocalDate.of(2026, 2, 22)); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day + " is part of the Tết break");
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 13)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 2, 23)));
    }

    @Test
    void fixedHolidaysAndHungKingsDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 1, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 30)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 9, 2)));
        // Hùng Kings day 2026 (10/3 lunar) is Sunday 26 April: made up on Monday 27 April.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 27)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 4, 28)));
    }

    @Test
    void adminExceptionsWin() {
        WorkingCalendar adjusted = new WorkingCalendar(Map.of(
                LocalDate.of(2026, 1, 2), false,   // a day off granted after New Year
                LocalDate.of(2026, 1, 10), true)); // a Saturday worked in exchange
        assertFalse(adjusted.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(adjusted.isWorkingDay(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void workingDayLimitsSkipWeekendsAndTet() {
        // Received Wednesday 11 Feb 2026; 5 working days: 12, 13, (Tết break), 23, 24, 25 -> 25 February.
        assertEquals(LocalDate.of(2026, 2, 25), calendar.deadline(LocalDate.of(2026, 2, 11), 5, DayUnit.WORKING_DAYS));
        // Received Friday 20 Nov 2026; 7 working days -> Tuesday 1 December.
        assertEquals(LocalDate.of(2026, 12, 1), calendar.deadline(LocalDate.of(2026, 11, 20), 7, DayUnit.WORKING_DAYS));
    }

    @Test
    void aCalendarLimitEndingOnADayOffRunsToTheNextWorkingDay() {
        // 30 days from 16 Jan 2026 ends on Sunday 15 Feb, inside the Tết break: the limit runs to Monday 23 Feb.
        assertEquals(LocalDate.of(2026, 2, 23), calendar.deadline(LocalDate.of(2026, 1, 16), 30, DayUnit.CALENDAR_DAYS));
        // 30 days from 2 Nov 2026 ends on Wednesday 2 Dec, a working day.
        assertEquals(LocalDate.of(2026, 12, 2), calendar.deadline(LocalDate.of(2026, 11, 2), 30, DayUnit.CALENDAR_DAYS));
    }

    @Test
    void workingDaysBetweenCountsForwardAndBack() {
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27)));
        assertEquals(-5, calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 20)));
    }
}
