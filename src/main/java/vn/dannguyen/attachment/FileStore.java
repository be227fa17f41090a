package vn.dannguyen.attachment;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where uploaded bytes live: DANNGUYEN_FILES_DIR, else the server's data directory, never a folder the
 * web server serves. Keys are random UUIDs, so no user-typed name ever reaches the file system.
 * Uploads not yet saved wait in its {@code pending} folder (see {@link PendingUploads}): on the same disk,
 * so keeping one costs no memory, and they are not part of the record (backups leave the folder out).
 */
@ApplicationScoped
public class FileStore {

    private final Path root;
    private final Path pending;

    public FileStore() {
        this(defaultRoot());
    }

    FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.pending = this.root.resolve("pending");
    }

    private static Path defaultRoot() {
        String configured = System.getenv("DANNGUYEN_FILES_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "dannguyen-files");
    }

    /** Copies an upload as it arrives into the pending folder, streaming (it is never held whole in memory). */
    Upload keepPending(String originalName, InputStream content) {
        Path file = pending.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(pending);
            long size = Files.copy(content, file);
            return new Upload(originalName, file.toString(), size);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a pending upload's file (nothing happens if it is already gone). */
    void discard(Upload upload) {
        deleteQuietly(pendingFile(upload));
    }

    /** Copies a pending upload into the store under {@code key}; the pending file stays until it is discarded. */
    void store(String key, Upload upload) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(key + ".part");
            Files.copy(pendingFile(upload), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the pending folder: at start-up none of its files belongs to a session any more. */
    int clearPending() {
        File[] files = pending.toFile().listFiles();
        if (files == null) {
            return 0;
        }
        int deleted = 0;
        for (File file : files) {
            deleted += file.delete() ? 1 : 0;
        }
        return deleted;
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

    /** The upload's file, refused unless it is in the pending folder (an upload is only ever made by this class). */
    private Path pendingFile(Upload upload) {
        Path file = Path.of(upload.file()).toAbsolutePath().normalize();
        if (!file.getParent().equals(pending)) {
            throw new IllegalArgumentException("not a pending upload");
        }
        return file;
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the start-up sweep; nothing the user did depends on it.
        }
    }
}
