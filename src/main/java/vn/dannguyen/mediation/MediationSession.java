package vn.dannguyen.mediation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

/** One sitting of the council on a case: when, where, which party came, and its minutes (biên bản). */
@Entity
@Audited
public class MediationSession {

    public static final int PLACE_LENGTH = 200;
    public static final int MINUTES_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @NotNull
    @Column(nullable = false)
    private LocalDate heldOn;

    @NotBlank
    @Size(max = PLACE_LENGTH)
    @Column(nullable = false, length = PLACE_LENGTH)
    private String place;

    @Column(nullable = false)
    private boolean requesterPresent = true;

    @Column(nullable = false)
    private boolean otherPartyPresent = true;

    @NotBlank
    @Size(max = MINUTES_LENGTH)
    @Column(nullable = false, columnDefinition = "mediumtext")
    private String minutes;

    @Column(nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(nullable = false, updatable = false)
    private Instant recordedAt;

    @PrePersist
    void stampCreation() {
        recordedAt = Instant.now();
    }

    /** Whether {@code party} came to this session. */
    public boolean isPresent(Party party) {
        return party == Party.REQUESTER ? requesterPresent : otherPartyPresent;
    }

    /** A copy of what the user typed, so a refused save leaves the form as it was. */
    public MediationSession copyOfInput() {
        MediationSession copy = new MediationSession();
        copy.heldOn = heldOn;
        copy.place = place;
        copy.requesterPresent = requesterPresent;
        copy.otherPartyPresent = otherPartyPresent;
        copy.minutes = minutes;
        return copy;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    void setCaseId(Long caseId) { this.caseId = caseId; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public boolean isRequesterPresent() { return requesterPresent; }
    public void setRequesterPresent(boolean requesterPresent) { this.requesterPresent = requesterPresent; }
    public boolean isOtherPartyPresent() { return otherPartyPresent; }
    public void setOtherPartyPresent(boolean otherPartyPresent) { this.otherPartyPresent = otherPartyPresent; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getRecordedBy() { return recordedBy; }
    void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
