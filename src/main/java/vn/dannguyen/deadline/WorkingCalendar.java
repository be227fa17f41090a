package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days civil servants work (Monday to Friday, less public holidays, adjusted by the exceptions an
 * admin records), and how a time limit runs on them (Civil Code arts. 147-148: counting starts the day
 * after the event; a period ending on a day off runs to the end of the next working day).
 */
public final class WorkingCalendar {

    /** Admin-recorded exceptions: true = a working day (a Saturday worked), false = a day off granted. */
    private final Map<LocalDate, Boolean> exceptions;
    /** Computed on first use; concurrent, since one calendar serves every request (DeadlineCache). */
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        if (PublicHolidays.isWeekend(date)) {
            return false;
        }
        return !holidaysByYear.computeIfAbsent(date.getYear(), PublicHolidays::of).contains(date);
    }

    /** The last day of a time limit of {@code days} counted from the day after {@code start}. */
    public LocalDate deadline(LocalDate start, int days, DayUnit unit) {
        if (days < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative");
        }
        if (unit == DayUnit.CALENDAR_DAYS) {
            LocalDate end = start.plusDays(days);
            return days == 0 ? end : nextWorkingDayFrom(end);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is earlier). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate low = sign > 0 ? from : to;
        LocalDate high = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = low.plusDays(1); !day.isAfter(high); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }

    private LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
