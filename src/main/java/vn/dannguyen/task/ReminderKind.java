package vn.dannguyen.task;

/** Why someone is reminded of a petition. */
public enum ReminderKind {
    DUE_SOON, DUE_TODAY, OVERDUE, ESCALATED
}
