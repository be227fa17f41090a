package vn.dannguyen.attachment;

/**
 * The record a file is kept with, told by the feature that owns that record, so that attachments know petitions
 * and meetings by id only. The commune must be the one of the record as that feature loaded and checked it
 * (the caller may change it); {@code AttachmentService.attach} trusts it and checks only that it is the caller's.
 */
public record AttachmentOwner(Long petitionId, Long noteId, Long meetingId, long communeId) {

    public static AttachmentOwner petition(long petitionId, long communeId) {
        return new AttachmentOwner(petitionId, null, null, communeId);
    }

    /** Evidence for a progress note of a petition. */
    public static AttachmentOwner note(long petitionId, long noteId, long communeId) {
        return new AttachmentOwner(petitionId, noteId, null, communeId);
    }

    /** Minutes of a meeting: a scan, photo or document. */
    public static AttachmentOwner meeting(long meetingId, long communeId) {
        return new AttachmentOwner(null, null, meetingId, communeId);
    }
}
