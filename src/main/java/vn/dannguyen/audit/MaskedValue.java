package vn.dannguyen.audit;

/** What the auditor's pages show instead of a value the reader may not know. */
public enum MaskedValue {
    /** Personal data of a petitioner the reader may not know (petition.PetitionerPrivacy). */
    PERSONAL_DATA
}
