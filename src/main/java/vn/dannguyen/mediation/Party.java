package vn.dannguyen.mediation;

/** The two sides of a land dispute. */
public enum Party {
    /** Who asked for mediation. */
    REQUESTER,
    /** The other side of the dispute. */
    OTHER_PARTY
}
