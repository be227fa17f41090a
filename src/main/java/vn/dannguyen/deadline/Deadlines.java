package vn.dannguyen.deadline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** The time-limit rules (per petition kind and step) and the calendar they run on, read once for many petitions. */
public final class Deadlines implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One rule: so many days, counted as calendar or working days. */
    public record Rule(int days, DayUnit unit) implements Serializable {
    }

    private final Map<String, Map<DeadlineStep, Rule>> rules;
    private final WorkingCalendar calendar;

    public Deadlines(Map<String, Map<DeadlineStep, Rule>> rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * The last day for {@code step} of a petition of {@code kind} (the name of a petition kind) received
     * on {@code receivedOn}, or null when no rule applies.
     */
    public LocalDate due(String kind, DeadlineStep step, LocalDate receivedOn) {
        Rule rule = rules.getOrDefault(kind, Map.of()).get(step);
        return rule == null ? null : calendar.deadline(receivedOn, rule.days(), rule.unit());
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
