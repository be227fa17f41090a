package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where uploaded bytes live: DANNGUYEN_FILES_DIR, else the server's data directory, never a folder the
 * web server serves. Keys are random UUIDs, so no user-typed name ever reaches the file system.
 */
@ApplicationScoped
public class FileStore {

    private final Path root;

    public FileStore() {
        String configured = System.getenv("DANNGUYEN_FILES_DIR");
        root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "dannguyen-files");
    }

    void write(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(key + ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
