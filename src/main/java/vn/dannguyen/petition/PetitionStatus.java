package vn.dannguyen.petition;

/** Where a petition is in its life, from receipt to closing. */
public enum PetitionStatus {
    RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, RESOLVED, EXPLAINED, FORWARDED, ANSWERED, CLOSED
}
