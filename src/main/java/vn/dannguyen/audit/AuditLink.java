package vn.dannguyen.audit;

/** One link of the tamper-evidence chain: its position and hash. */
public record AuditLink(long seq, String hash) {

    public static final AuditLink GENESIS = new AuditLink(0, AuditRecords.GENESIS);
}
