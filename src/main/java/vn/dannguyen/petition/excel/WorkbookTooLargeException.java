package vn.dannguyen.petition.excel;

import java.io.IOException;

/** A workbook refused for its size once unpacked: more text, or a bigger part, than an import of petitions has. */
public final class WorkbookTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    WorkbookTooLargeException(String message, Throwable cause) {
        super(message, cause);
    }
}
