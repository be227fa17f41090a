package vn.dannguyen.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.enterprise.inject.spi.CDI;

/** Uploads made from bytes as the pages make them from the browser's: a file waiting in the pending folder. */
public final class TestUploads {

    private TestUploads() {
    }

    /** Inside the server: in the application's own pending folder, where the services accept it from. */
    public static Upload of(String originalName, byte[] content) {
        return CDI.current().select(FileStore.class).get().keepPending(originalName, new ByteArrayInputStream(content));
    }

    /** A PDF file of exactly {@code size} bytes, for the browser to upload: a header Tika recognises, padding, the end marker. */
    public static Path pdfOfSize(Path file, int size) throws IOException {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, size - tail.length, tail.length);
        return Files.write(file, content);
    }

    /** Outside the server: in the pending folder of a files directory of the test's own. */
    static Upload in(Path files, String originalName, byte[] content) {
        return new FileStore(files).keepPending(originalName, new ByteArrayInputStream(content));
    }
}
