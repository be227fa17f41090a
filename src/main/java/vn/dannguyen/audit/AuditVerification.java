package vn.dannguyen.audit;

/**
 * What a verification of the chain found. When not intact, {@code brokenSeq} is the first broken link and
 * {@code kind}/{@code refId} the record it stands for (R = revision, E = event).
 */
public record AuditVerification(boolean intact, long checkedLinks, long pendingRecords, Problem problem, Long brokenSeq,
                                Character kind, Long refId) {

    public enum Problem {
        /** The record's content no longer matches the hash taken when it was sealed. */
        RECORD_CHANGED,
        /** The record was deleted. */
        RECORD_MISSING,
        /** A link was altered, removed or moved: the chain does not follow from its predecessor. */
        LINK_BROKEN,
        /** The chain in the database disagrees with the head written outside it. */
        ANCHOR_MISMATCH,
        /** A record claims to be sealed but no link holds it: inserted afterwards. */
        RECORD_INSERTED
    }

    public static AuditVerification intact(long checkedLinks, long pendingRecords) {
        return new AuditVerification(true, checkedLinks, pendingRecords, null, null, null, null);
    }

    public static AuditVerification broken(long checkedLinks, long pendingRecords, Problem problem, Long seq,
                                           Character kind, Long refId) {
        return new AuditVerification(false, checkedLinks, pendingRecords, problem, seq, kind, refId);
    }

    /** One line for people and logs. */
    public String summary() {
        if (intact) {
            return "INTACT: " + checkedLinks + " links checked, " + pendingRecords + " records not sealed yet";
        }
        return "BROKEN at link " + brokenSeq + ": " + problem + (refId == null ? "" : " (" + kind + " " + refId + ")")
                + " after " + checkedLinks + " good links";
    }
}
