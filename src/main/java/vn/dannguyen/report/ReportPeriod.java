package vn.dannguyen.report;

import java.time.LocalDate;

/** The periods statistics are reported for (quarterly, 6, 9 and 12 months), each within one year. */
public enum ReportPeriod {
    Q1(1, 3), Q2(4, 6), Q3(7, 9), Q4(10, 12), FIRST_HALF(1, 6), NINE_MONTHS(1, 9), YEAR(1, 12);

    private final int firstMonth;
    private final int lastMonth;

    ReportPeriod(int firstMonth, int lastMonth) {
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
    }

    public LocalDate from(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate to(int year) {
        LocalDate first = LocalDate.of(year, lastMonth, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
