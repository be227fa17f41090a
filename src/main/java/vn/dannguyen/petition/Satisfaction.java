package vn.dannguyen.petition;

/** What the voter or deputy said of the answer. */
public enum Satisfaction {
    SATISFIED, NOT_SATISFIED, NO_RESPONSE
}
