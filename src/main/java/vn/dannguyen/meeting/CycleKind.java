package vn.dannguyen.meeting;

/** Why a round of meetings is held (Joint Resolution 72/2025). */
public enum CycleKind {
    BEFORE_SESSION, AFTER_SESSION, SPECIAL_SESSION, THEMATIC, TARGET_GROUP
}
