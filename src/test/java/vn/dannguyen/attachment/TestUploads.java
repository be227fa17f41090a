package vn.dannguyen.attachment;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import jakarta.enterprise.inject.spi.CDI;

/** Uploads made from bytes as the pages make them from the browser's: a file waiting in the pending folder. */
public final class TestUploads {

    private TestUploads() {
    }

    /** Inside the server: in the application's own pending folder, where the services accept it from. */
    public static Upload of(String originalName, byte[] content) {
        return CDI.current().select(FileStore.class).get().keepPending(originalName, new ByteArrayInputStream(content));
    }

    /** Outside the server: in the pending folder of a files directory of the test's own. */
    static Upload in(Path files, String originalName, byte[] content) {
        return new FileStore(files).keepPending(originalName, new ByteArrayInputStream(content));
    }
}
