package vn.dannguyen.mediation;

/** How a finished case ended, as the logbook records it. */
public enum MediationOutcome {
    /** The parties agreed (biên bản hòa giải thành). */
    AGREEMENT,
    /** The parties did not agree (biên bản hòa giải không thành). */
    NO_AGREEMENT,
    /** A party was absent for the second time: the mediation is deemed to have failed. */
    PARTY_ABSENT_TWICE,
    /** The requester withdrew. */
    WITHDRAWN
}
