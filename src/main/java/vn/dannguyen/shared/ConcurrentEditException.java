package vn.dannguyen.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record first; the user keeps what they typed and is told to reload. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException() {
        super("common.error.concurrentEdit");
    }
}
