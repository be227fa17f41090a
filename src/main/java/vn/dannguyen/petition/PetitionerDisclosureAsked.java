package vn.dannguyen.petition;

/** An auditor asked to know who raised a petition, for an inspection, and why; the audit log records it. */
public record PetitionerDisclosureAsked(long petitionId, String trackingCode, String reason) {
}
