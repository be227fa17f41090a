package vn.dannguyen.deadline;

/** How a time limit counts: every day, or only working days. */
public enum DayUnit {
    CALENDAR_DAYS, WORKING_DAYS
}
