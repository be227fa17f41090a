package vn.dannguyen.audit;

/** What an audit event records, besides data changes (which Envers keeps). */
public enum AuditEventKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** A page or file showing a petitioner's name, address, phone or ID was opened. */
    PERSONAL_DATA_VIEWED,
    /** An auditor asked to know who raised a petition, for an inspection; the reason is the detail. */
    IDENTITY_DISCLOSURE_ASKED,
    /** Data left the system: an export or a report. */
    EXPORTED,
    AUDIT_VERIFIED
}
