package vn.dannguyen.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dannguyen.shared.BusinessException;

/** Uploads not yet saved wait on disk, within a session's limit, and go when they are saved, removed or the session ends. */
class PendingUploadsTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path files;

    private FileStore store;
    private PendingUploads session;

    @BeforeEach
    void aSessionWithTheDefaultLimit() {
        store = new FileStore(files);
        session = sessionOf(PendingUploads.DEFAULT_LIMIT_MB * MB);
    }

    private PendingUploads sessionOf(long limitBytes) {
        PendingUploads uploads = new PendingUploads(limitBytes);
        uploads.fileStore = store;
        return uploads;
    }

    @Test
    void anUploadWaitsOnDiskAndWhatAViewKeepsHoldsNoBytes() throws Exception {
        byte[] scan = pdf(5 * MB);
        Upload upload = session.keep("Đơn kiến nghị.pdf", scan.length, new ByteArrayInputStream(scan));
        Path file = Path.of(upload.file());
        assertEquals(files.resolve("pending"), file.getParent());
        assertEquals(scan.length, Files.size(file));
        assertEquals(scan.length, upload.size());
        assertTrue(serialized(upload) < 1024, "a view or session keeping the upload keeps a reference: " + serialized(upload));
        assertEquals(null, AttachmentChecks.problemWith(upload), "the checks read the content from the file");
    }

    @Test
    void pastTheSessionsLimitAnUploadIsRefusedAndThoseBeforeItStay() throws Exception {
        PendingUploads small = sessionOf(20 * MB);
        byte[] scan = pdf(9 * MB);
        Upload first = small.keep("ho-so-1.pdf", scan.length, new ByteArrayInputStream(scan));
        Upload second = small.keep("ho-so-2.pdf", scan.length, new ByteArrayInputStream(scan));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> small.keep("ho-so-3.pdf", scan.length, new ByteArrayInputStream(scan)));
        assertEquals("attachment.error.pendingLimit", refused.getMessageKey());
        assertEquals(Arrays.asList(20L, "ho-so-3.pdf"), Arrays.asList(refused.getArguments()));
        assertTrue(Files.exists(Path.of(first.file())) && Files.exists(Path.of(second.file())));
        assertEquals(2, pendingFiles(), "nothing of the refused upload is written");

        // Removing one makes room again.
        small.discard(first);
        assertFalse(Files.exists(Path.of(first.file())));
        small.keep("ho-so-3.pdf", scan.length, new ByteArrayInputStream(scan));
        assertEquals(2, pendingFiles());
    }

    @Test
    void theSessionsEndDeletesWhatItLeftUnsavedAndStartUpClearsWhatAStoppedServerLeft() throws Exception {
        byte[] scan = pdf(MB);
        session.keep("a.pdf", scan.length, new ByteArrayInputStream(scan));
        session.keep("b.pdf", scan.length, new ByteArrayInputStream(scan));
        session.discardAll();
        assertEquals(0, pendingFiles());
        assertEquals(0, session.waitingBytes());

        sessionOf(60 * MB).keep("c.pdf", scan.length, new ByteArrayInputStream(scan));
        assertEquals(1, store.clearPending(), "the start-up sweep");
        assertEquals(0, pendingFiles());
    }

    @Test
    void aRefusedAttachmentIsNotKept() throws Exception {
        byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes();
        Upload upload = session.keep("bien-ban.pdf", html.length, new ByteArrayInputStream(html));
        assertEquals("attachment.error.type", AttachmentChecks.problemWith(upload));
        session.discard(upload);
        assertEquals(0, pendingFiles());
        assertEquals(0, session.waitingBytes());
    }

    @Test
    void onlyAFileOfThePendingFolderIsStoredOrDeleted() {
        Upload elsewhere = new Upload("passwd", "/etc/passwd", 1);
        assertThrows(IllegalArgumentException.class, () -> store.store("0123456789abcdef0123456789abcdef0123", elsewhere));
        assertThrows(IllegalArgumentException.class, () -> store.discard(elsewhere));
        assertThrows(IllegalArgumentException.class,
                () -> store.discard(new Upload("x", files.resolve("pending").resolve("..").resolve("x").toString(), 1)));
    }

    private long pendingFiles() throws IOException {
        Path pending = files.resolve("pending");
        try (var list = Files.list(pending)) {
            return list.count();
        }
    }

    private static int serialized(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
        return out.size();
    }

    /** A PDF of {@code size} bytes: a header Tika recognises, then padding. */
    private static byte[] pdf(long size) {
        byte[] content = new byte[(int) size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes();
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
