package vn.dannguyen.deadline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunar calendar: ICU's Chinese calendar with its astronomy done in UTC+7 instead of
 * UTC+8 (as ICU does for the Korean calendar with UTC+9). The new moon then falls on the right day in the
 * years where the two differ, e.g. Tết 1985 was 21 January in Vietnam, 20 February in China.
 */
public final class VietnameseLunarCalendar {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

    private VietnameseLunarCalendar() {
    }

    /** The Gregorian date of lunar {@code day}/{@code month} (1-based, not a leap month) in the lunar year starting in {@code year}. */
    public static LocalDate toGregorian(int year, int month, int day) {
        // The lunar date is found by walking the Gregorian days of the window where it must fall.
        LocalDate from = LocalDate.of(year, 1, 1).plusDays(Math.max(0, (month - 1) * 29L - 10));
        for (LocalDate date = from; date.isBefore(from.plusDays(80)); date = date.plusDays(1)) {
            ChineseCalendar lunar = at(date);
            if (lunar.get(ChineseCalendar.MONTH) == month - 1 && lunar.get(ChineseCalendar.DAY_OF_MONTH) == day
                    && lunar.get(ChineseCalendar.IS_LEAP_MONTH) == 0 && lunarNewYear(date.getYear(), date).getYear() == year) {
                return date;
            }
        }
        throw new IllegalStateException("no lunar " + day + "/" + month + " in " + year);
    }

    /** The first day of the lunar year (Tết Nguyên Đán) that begins in Gregorian {@code year}. */
    public static LocalDate tet(int year) {
        for (LocalDate date = LocalDate.of(year, 1, 19); date.isBefore(LocalDate.of(year, 2, 22)); date = date.plusDays(1)) {
            ChineseCalendar lunar = at(date);
            if (lunar.get(ChineseCalendar.MONTH) == 0 && lunar.get(ChineseCalendar.DAY_OF_MONTH) == 1) {
                return date;
            }
        }
        throw new IllegalStateException("no Tết found in " + year);
    }

    /** The Tết on or before {@code date} that belongs to {@code year}'s lunar year. */
    private static LocalDate lunarNewYear(int year, LocalDate date) {
        LocalDate tet = tet(year);
        return date.isBefore(tet) ? tet(year - 1) : tet;
    }

    private static ChineseCalendar at(LocalDate date) {
        ChineseCalendar lunar = new VietnameseChineseCalendar();
        lunar.setTime(Date.from(date.atTime(12, 0).toInstant(ZoneOffset.ofHours(7))));
        return lunar;
    }

    /** ICU's protected constructor lets the astronomical calculations use another time zone. */
    private static final class VietnameseChineseCalendar extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        VietnameseChineseCalendar() {
            super(VIETNAM, ULocale.ROOT, VIETNAM);
        }
    }
}
