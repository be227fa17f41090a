package vn.dannguyen.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.envers.Audited;

/** What the officer holding a petition did, how far the work has got, and (as files) the evidence. Written once. */
@Entity
@Audited
public class ProgressNote {

    public static final int NOTE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(nullable = false, updatable = false, length = NOTE_LENGTH)
    private String note;

    /** 0-100, or null when the officer does not estimate it. */
    @Column(updatable = false)
    private Integer percentDone;

    @Column(nullable = false, updatable = false, length = 60)
    private String writtenBy;

    @Column(nullable = false, updatable = false)
    private Instant writtenAt;

    protected ProgressNote() {
    }

    ProgressNote(long petitionId, String note, Integer percentDone, String writtenBy) {
        this.petitionId = petitionId;
        this.note = note;
        this.percentDone = percentDone;
        this.writtenBy = writtenBy;
        this.writtenAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public String getNote() { return note; }
    public Integer getPercentDone() { return percentDone; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
