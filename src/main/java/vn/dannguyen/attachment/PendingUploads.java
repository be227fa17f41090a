package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;

import org.primefaces.model.file.UploadedFile;

import vn.dannguyen.shared.BusinessException;

/**
 * The uploads of this session that are not saved yet (a petition's attachments, a note's evidence, a sheet
 * being imported). They wait on disk in the files directory's pending folder, never in memory, and a
 * session may keep at most {@link #limitBytes()} there (DANNGUYEN_PENDING_UPLOAD_LIMIT_MB, default 60 MB):
 * beyond it an upload is refused with a message and what the session already holds stays as it was.
 * The pages discard their uploads once saved or removed, and when their view ends; whatever is left goes
 * when the session ends (sign-out or time-out), and what a stopped server left behind at the next start
 * ({@link PendingUploadSweep}). Session-scoped because the limit is the session's and so is the clean-up.
 */
@SessionScoped
public class PendingUploads implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long DEFAULT_LIMIT_MB = 60;
    private static final long MB = 1024L * 1024;

    @Inject
    FileStore fileStore;

    private final long limitBytes;
    /** Pending file -> its size. */
    private final Map<String, Long> waiting = new LinkedHashMap<>();
    private long waitingBytes;

    public PendingUploads() {
        this(configuredLimitMb() * MB);
    }

    PendingUploads(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** The session's limit from DANNGUYEN_PENDING_UPLOAD_LIMIT_MB, or 60 MB when unset or unreadable. */
    static long configuredLimitMb() {
        String configured = System.getenv("DANNGUYEN_PENDING_UPLOAD_LIMIT_MB");
        try {
            return configured == null || configured.isBlank() ? DEFAULT_LIMIT_MB : Math.max(1, Long.parseLong(configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT_MB;
        }
    }

    /**
     * Keeps an attachment until it is saved, refusing now (as a {@link BusinessException} naming the file) one
     * that would pass the session's limit or that {@link AttachmentChecks} would refuse at the save.
     */
    public Upload keepAttachment(UploadedFile file) {
        Upload upload = keep(file);
        String problem = AttachmentChecks.problemWith(upload);
        if (problem != null) {
            discard(upload);
            throw new BusinessException(problem, UploadCheck.safeName(upload.originalName()));
        }
        return upload;
    }

    /** Keeps an upload on disk, within the session's limit; its content is not judged here. */
    public Upload keep(UploadedFile file) {
        try (InputStream content = file.getInputStream()) {
            return keep(file.getFileName(), file.getSize(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Upload keep(String originalName, long declaredSize, InputStream content) {
        // The browser's request is already whole on the server (in memory below 1 MB, else in Undertow's temporary
        // file), so its size is known before the bytes are copied; it is reserved, so uploads sent at once all count.
        reserve(declaredSize, originalName);
        Upload upload;
        try {
            upload = fileStore.keepPending(originalName, content);
        } catch (RuntimeException e) {
            release(declaredSize);
            throw e;
        }
        synchronized (this) {
            waitingBytes += upload.size() - declaredSize;
            waiting.put(upload.file(), upload.size());
        }
        return upload;
    }

    private synchronized void reserve(long bytes, String originalName) {
        if (waitingBytes + bytes > limitBytes) {
            throw new BusinessException("attachment.error.pendingLimit", limitBytes / MB, UploadCheck.safeName(originalName));
        }
        waitingBytes += bytes;
    }

    private synchronized void release(long bytes) {
        waitingBytes -= bytes;
    }

    /** Deletes an upload's file: it was saved (a copy is in the store now) or the user removed it. */
    public void discard(Upload upload) {
        synchronized (this) {
            Long size = waiting.remove(upload.file());
            if (size != null) {
                waitingBytes -= size;
            }
        }
        fileStore.discard(upload);
    }

    public void discard(Collection<Upload> uploads) {
        for (Upload upload : List.copyOf(uploads)) {
            discard(upload);
        }
    }

    /** The session ends: nothing it left unsaved is kept. */
    @PreDestroy
    void discardAll() {
        List<String> files;
        synchronized (this) {
            files = new ArrayList<>(waiting.keySet());
        }
        for (String file : files) {
            discard(new Upload(null, file, 0));
        }
    }

    public long limitBytes() {
        return limitBytes;
    }

    synchronized long waitingBytes() {
        return waitingBytes;
    }
}
