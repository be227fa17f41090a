package vn.dannguyen.petition;

/** Where a petition came in. */
public enum Channel {
    MEETING, COUNTER, HOTLINE, LETTER, ONLINE
}
