package vn.dannguyen.mediation;

/** The steps of a mediation case that change where it stands. */
public enum MediationAction {
    ACCEPT, HOLD_SESSION, SUCCEED, FAIL, WITHDRAW
}
