package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file as received from the browser, waiting in the files directory's pending folder until it is checked
 * and stored. It holds where the bytes are, not the bytes: a view or session keeping it stays small.
 * Made by {@link PendingUploads} (through {@link FileStore}, which accepts only files of its pending folder).
 *
 * @param file the absolute path of the pending file
 */
public record Upload(String originalName, String file, long size) implements Serializable {

    public InputStream open() throws IOException {
        return Files.newInputStream(Path.of(file));
    }
}
