package vn.dannguyen.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.dannguyen.people.ActiveUser;
import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;
import vn.dannguyen.shared.Role;

/**
 * Checks and keeps uploaded files (petition attachments, meeting minutes). A file is accepted only if
 * its bytes are of an allowed type and its name's extension agrees; it is written outside the web root
 * under a random key, and removed again if the transaction that recorded it rolls back.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.LEADER, Role.Names.AUDITOR})
public class AttachmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveUser activeUser;

    @Inject
    FileStore fileStore;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @Any
    Instance<AttachmentReadRule> readRules;

    /**
     * Stores a file with the record its feature names, in the caller's transaction (a petition being recorded,
     * a progress note, a meeting's minutes). Only into the caller's own commune.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.LEADER})
    public StoredFile attach(AttachmentOwner owner, Upload upload) {
        if (!activeUser.isOwnCommune(owner.communeId())) {
            throw new BusinessException(owner.meetingId() != null ? "meeting.error.notFound" : "petition.error.notFound");
        }
        StoredFile file = store(upload, owner.communeId());
        file.setPetitionId(owner.petitionId());
        file.setNoteId(owner.noteId());
        file.setMeetingId(owner.meetingId());
        em.persist(file);
        return file;
    }

    /** A petition's files, those the reader may not read without their names or ids ({@link StoredFile#withoutName}). */
    public List<StoredFile> ofPetition(long petitionId) {
        return em.createQuery("select f from StoredFile f where f.petitionId = :id order by f.id", StoredFile.class)
                .setParameter("id", petitionId).getResultStream()
                .filter(f -> activeUser.mayAccessCommune(f.getCommuneId()))
                .map(f -> mayRead(f) ? f : f.withoutName()).toList();
    }

    private boolean mayRead(StoredFile file) {
        for (AttachmentReadRule rule : readRules) {
            if (!rule.mayRead(file)) {
                return false;
            }
        }
        return true;
    }

    public List<StoredFile> ofMeeting(long meetingId) {
        return em.createQuery("select f from StoredFile f where f.meetingId = :id order by f.id", StoredFile.class)
                .setParameter("id", meetingId).getResultStream()
                .filter(f -> activeUser.mayAccessCommune(f.getCommuneId())).toList();
    }

    /**
     * A file the user is about to read: of their commune, and allowed by the rules of the record it belongs
     * to ({@link AttachmentReadRule}), which are told it is read. Anything else is not found, so nothing is revealed.
     */
    public StoredFile findToRead(long fileId) {
        StoredFile file = Jpa.readable(em, StoredFile.class, fileId, f -> activeUser.mayAccessCommune(f.getCommuneId()),
                "attachment.error.notFound");
        if (!mayRead(file)) {
            throw new BusinessException("attachment.error.notFound");
        }
        readRules.forEach(rule -> rule.reading(file));
        return file;
    }

    public InputStream open(StoredFile file) throws IOException {
        return fileStore.open(file.getStorageKey());
    }

    private StoredFile store(Upload upload, long communeId) {
        String type;
        String sha256;
        try {
            type = UploadCheck.detect(upload);
            sha256 = sha256(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String problem = AttachmentChecks.problemWith(upload, type);
        if (problem != null) {
            throw new BusinessException(problem, UploadCheck.safeName(upload.originalName()));
        }
        String key = UUID.randomUUID().toString();
        // A copy: the pending file stays until the caller's save has committed, so a save that fails can be tried again.
        fileStore.store(key, upload);
        // The bytes are on disk before the row commits; if the transaction fails they must go too.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    fileStore.delete(key);
                }
            }
        });
        StoredFile file = new StoredFile();
        file.setCommuneId(communeId);
        file.setFileName(UploadCheck.safeName(upload.originalName()));
        file.setContentType(type.startsWith("application/x-tika") ? "application/octet-stream" : type);
        file.setSizeBytes(upload.size());
        file.setSha256(sha256);
        file.setStorageKey(key);
        file.setUploadedBy(activeUser.getUsername());
        return file;
    }

    private static String sha256(Upload upload) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(upload.open(), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
