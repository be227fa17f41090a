package vn.dannguyen.petition;

/** Someone was shown who raised a petition, unmasked ({@link PetitionerPrivacy}); the audit log records it. */
public record PetitionerShown(long petitionId, String trackingCode, String where) {
}
