package vn.dannguyen.mediation;

/** Where a mediation case stands. */
public enum MediationStatus {
    /** The request is recorded, acceptance not yet notified. */
    REQUESTED,
    /** Accepted and notified; the council is being formed. */
    ACCEPTED,
    /** At least one session held. */
    IN_MEDIATION,
    /** Mediated successfully (hòa giải thành). */
    SUCCEEDED,
    /** Mediation failed (hòa giải không thành), including a party absent twice. */
    FAILED,
    /** The requester withdrew the request. */
    WITHDRAWN;

    /** Whether the case is over: nothing more happens to it, and no time limit runs. */
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == WITHDRAWN;
    }
}
