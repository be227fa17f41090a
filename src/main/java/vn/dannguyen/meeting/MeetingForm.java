package vn.dannguyen.meeting;

/** How voters attended. */
public enum MeetingForm {
    IN_PERSON, ONLINE, HYBRID
}
