package vn.dannguyen.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;

import org.hibernate.envers.Audited;

import vn.dannguyen.shared.PersonalData;

/** An uploaded file: its bytes are under {@link #getStorageKey()} in the file store, never in the web root. */
@Entity
@Audited
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private Long communeId;

    @Column(name = "petition_id", updatable = false)
    private Long petitionId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    /** Set when the file is evidence for a progress note (it then also belongs to the note's petition). */
    @Column(name = "note_id", updatable = false)
    private Long noteId;

    // A file a voter brought is often named after them ("don-Nguyen-Van-A.pdf").
    @PersonalData
    @Column(nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(nullable = false, updatable = false, length = 80)
    private String storageKey;

    @Column(nullable = false, updatable = false, length = 60)
    private String uploadedBy;

    @Column(nullable = false, updatable = false)
    private Instant uploadedAt;

    @PrePersist
    void stampUpload() {
        uploadedAt = Instant.now();
    }

    /**
     * What a reader who may not read this file is told of it: that it is there, where it hangs, its type and
     * size; not its name, where it is stored or how to ask for it (no id). Never persisted.
     */
    StoredFile withoutName() {
        StoredFile shown = new StoredFile();
        shown.communeId = communeId;
        shown.petitionId = petitionId;
        shown.meetingId = meetingId;
        shown.noteId = noteId;
        shown.contentType = contentType;
        shown.sizeBytes = sizeBytes;
        shown.uploadedBy = uploadedBy;
        shown.uploadedAt = uploadedAt;
        return shown;
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public Long getPetitionId() { return petitionId; }
    public void setPetitionId(Long petitionId) { this.petitionId = petitionId; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public Long getNoteId() { return noteId; }
    public void setNoteId(Long noteId) { this.noteId = noteId; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getContentType() { return contentType; }
    public void setContentType(String contentType) { this.contentType = contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(long sizeBytes) { this.sizeBytes = sizeBytes; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getStorageKey() { return storageKey; }
    public void setStorageKey(String storageKey) { this.storageKey = storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
