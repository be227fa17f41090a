package vn.dannguyen.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of the Labour Code 2019 (art. 112) for one year, as the default the admin then
 * corrects with the Prime Minister's decisions: 1 January; Tết (the last day of the lunar year and the
 * first four of the new one); Hùng Kings day (10th of the 3rd lunar month); 30 April; 1 May; 2 September
 * and the day before it. A holiday on a weekend is made up on the next working day (art. 112(3)).
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        List<LocalDate> holidays = new ArrayList<>();
        holidays.add(LocalDate.of(year, 1, 1));
        LocalDate tet = VietnameseLunarCalendar.tet(year);
        for (int day = -1; day <= 3; day++) {
            holidays.add(tet.plusDays(day));
        }
        holidays.add(VietnameseLunarCalendar.toGregorian(year, 3, 10));
        holidays.add(LocalDate.of(year, 4, 30));
        holidays.add(LocalDate.of(year, 5, 1));
        holidays.add(LocalDate.of(year, 9, 1));
        holidays.add(LocalDate.of(year, 9, 2));
        Set<LocalDate> days = new TreeSet<>(holidays);
        for (LocalDate holiday : holidays) {
            if (isWeekend(holiday)) {
                LocalDate makeUp = holiday.plusDays(1);
                while (isWeekend(makeUp) || days.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                days.add(makeUp);
            }
        }
        return days;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
