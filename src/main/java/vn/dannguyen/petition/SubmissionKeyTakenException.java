package vn.dannguyen.petition;

import vn.dannguyen.shared.BusinessException;

/**
 * The submission key of a form already belongs to a petition of another commune, so that one is not the
 * answer to this save and this one cannot be recorded under it. The form keeps what was
 * typed; it needs a new key before it is saved again.
 */
public class SubmissionKeyTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SubmissionKeyTakenException() {
        super("petition.error.submissionKeyTaken");
    }
}
