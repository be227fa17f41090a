package vn.dannguyen.attachment;

/**
 * The record a file is kept with, told by the feature that owns that record (which has loaded it and checked
 * that the caller may change it), so that attachments know no petition or meeting.
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
