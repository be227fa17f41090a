package vn.dannguyen.task;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import vn.dannguyen.petition.PetitionStatus;

/** One status change of a petition: from, to, who, when and why. Written once, never changed. */
@Entity
@Audited
public class PetitionTransition {

    public static final int REASON_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private PetitionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private PetitionStatus toStatus;

    @Column(updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(nullable = false, updatable = false, length = 60)
    private String changedBy;

    @Column(nullable = false, updatable = false)
    private Instant changedAt;

    protected PetitionTransition() {
    }

    PetitionTransition(long petitionId, PetitionStatus from, PetitionStatus to, String reason, String changedBy) {
        this.petitionId = petitionId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.changedBy = changedBy;
    }

    @PrePersist
    void stamp() {
        changedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public PetitionStatus getFromStatus() { return fromStatus; }
    public PetitionStatus getToStatus() { return toStatus; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
