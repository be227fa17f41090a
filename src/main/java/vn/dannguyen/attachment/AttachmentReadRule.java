package vn.dannguyen.attachment;

/**
 * The say of the feature a file belongs to over who may read it: it knows its own rules (a petition's files
 * follow who may know its petitioner), this feature does not. A file is read only when every rule allows it.
 */
public interface AttachmentReadRule {

    /** Whether the signed-in user may read this file; a file of a record the rule does not own is allowed. */
    boolean mayRead(StoredFile file);

    /** The file is being read by the signed-in user (after {@link #mayRead} allowed it). */
    void reading(StoredFile file);
}
