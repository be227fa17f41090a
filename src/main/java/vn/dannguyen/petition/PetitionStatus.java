package vn.dannguyen.petition;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a petition is in its life, from receipt to closing. */
public enum PetitionStatus {
    RECEIVED, CLASSIFIED, ASSIGNED, IN_PROGRESS, RESOLVED, EXPLAINED, FORWARDED, ANSWERED, CLOSED;

    /** Statuses in which a petition no longer runs against its deadline. */
    public static final Set<PetitionStatus> DONE = Collections.unmodifiableSet(EnumSet.of(ANSWERED, CLOSED));
}
