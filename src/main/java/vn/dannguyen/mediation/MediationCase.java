package vn.dannguyen.mediation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import vn.dannguyen.shared.BusinessException;
import vn.dannguyen.shared.Jpa;

/**
 * One land dispute brought to the commune for mediation: the parties, the parcel, what is disputed, the
 * time limits, where the case stands and how it ended. One line of the mediation logbook.
 */
@Entity
@Audited
public class MediationCase implements Jpa.Versioned {

    public static final int NAME_LENGTH = 150;
    public static final int ADDRESS_LENGTH = 300;
    public static final int PARCEL_CODE_LENGTH = 30;
    public static final int DISPUTE_LENGTH = 4000;
    public static final int NOTE_LENGTH = 2000;
    public static final int MINUTES_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private Long communeId;

    /** The petition the dispute first came in as, if any. */
    @Column(name = "petition_id")
    private Long petitionId;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String requesterName;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String requesterAddress;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String otherPartyName;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String otherPartyAddress;

    /** Thửa đất số. */
    @Size(max = PARCEL_CODE_LENGTH)
    @Column(length = PARCEL_CODE_LENGTH)
    private String parcelNumber;

    /** Tờ bản đồ số. */
    @Size(max = PARCEL_CODE_LENGTH)
    @Column(length = PARCEL_CODE_LENGTH)
    private String mapSheet;

    @NotBlank
    @Size(max = ADDRESS_LENGTH)
    @Column(nullable = false, length = ADDRESS_LENGTH)
    private String parcelLocation;

    /** What the parties dispute: a boundary, the right to use, an inheritance... */
    @NotBlank
    @Size(max = DISPUTE_LENGTH)
    @Column(nullable = false, length = DISPUTE_LENGTH)
    private String dispute;

    @NotNull
    @Column(nullable = false)
    private LocalDate requestedOn;

    private LocalDate acceptedOn;

    @Column(nullable = false)
    private LocalDate acceptanceDueOn;

    @Column(nullable = false)
    private LocalDate finishDueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MediationStatus status = MediationStatus.REQUESTED;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private MediationOutcome outcome;

    /** The party whose second absence ended the case. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Party absentParty;

    /** Why the case ended as it did, in the words of whoever closed it (required for a withdrawal). */
    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH)
    private String outcomeNote;

    /** The minutes of the outcome (biên bản hòa giải thành / không thành), with the agreement reached. */
    @Size(max = MINUTES_LENGTH)
    @Column(columnDefinition = "mediumtext")
    private String outcomeMinutes;

    private LocalDate finishedOn;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    // --- the steps of a case: every change of status goes through MediationRules' table --------------

    /** Accepted on {@code on}, the day the parties were notified. */
    void accept(LocalDate on) {
        MediationStatus to = MediationRules.next(status, MediationAction.ACCEPT);
        if (on.isBefore(requestedOn)) {
            throw new BusinessException("mediation.error.acceptedBeforeRequest");
        }
        acceptedOn = on;
        status = to;
    }

    /** A session was held on {@code on} (its own record holds attendance and minutes). */
    void sessionHeld(LocalDate on) {
        MediationStatus to = MediationRules.next(status, MediationAction.HOLD_SESSION);
        if (on.isBefore(acceptedOn)) {
            throw new BusinessException("mediation.error.sessionBeforeAcceptance");
        }
        status = to;
    }

    /** Ends the case by {@code action}: how, when, why and the minutes. */
    void finish(MediationAction action, MediationOutcome how, LocalDate on, String note, String minutes) {
        status = MediationRules.next(status, action);
        outcome = how;
        finishedOn = on;
        outcomeNote = note;
        outcomeMinutes = minutes;
    }

    /** Ends the case as failed because {@code party} was absent twice (the law's rule), with the last session's minutes. */
    void failForAbsence(Party party, LocalDate on, String minutes) {
        finish(MediationAction.FAIL, MediationOutcome.PARTY_ABSENT_TWICE, on, null, minutes);
        absentParty = party;
    }

    /** Whether the case is past its time limit and not finished. */
    public boolean isOverdue(LocalDate today) {
        return !status.isFinished() && finishDueOn != null && finishDueOn.isBefore(today);
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    void setCommuneId(Long communeId) { this.communeId = communeId; }
    public Long getPetitionId() { return petitionId; }
    void setPetitionId(Long petitionId) { this.petitionId = petitionId; }
    public String getRequesterName() { return requesterName; }
    public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
    public String getRequesterAddress() { return requesterAddress; }
    public void setRequesterAddress(String requesterAddress) { this.requesterAddress = requesterAddress; }
    public String getOtherPartyName() { return otherPartyName; }
    public void setOtherPartyName(String otherPartyName) { this.otherPartyName = otherPartyName; }
    public String getOtherPartyAddress() { return otherPartyAddress; }
    public void setOtherPartyAddress(String otherPartyAddress) { this.otherPartyAddress = otherPartyAddress; }
    public String getParcelNumber() { return parcelNumber; }
    public void setParcelNumber(String parcelNumber) { this.parcelNumber = parcelNumber; }
    public String getMapSheet() { return mapSheet; }
    public void setMapSheet(String mapSheet) { this.mapSheet = mapSheet; }
    public String getParcelLocation() { return parcelLocation; }
    public void setParcelLocation(String parcelLocation) { this.parcelLocation = parcelLocation; }
    public String getDispute() { return dispute; }
    public void setDispute(String dispute) { this.dispute = dispute; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public void setRequestedOn(LocalDate requestedOn) { this.requestedOn = requestedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getAcceptanceDueOn() { return acceptanceDueOn; }
    void setAcceptanceDueOn(LocalDate acceptanceDueOn) { this.acceptanceDueOn = acceptanceDueOn; }
    public LocalDate getFinishDueOn() { return finishDueOn; }
    void setFinishDueOn(LocalDate finishDueOn) { this.finishDueOn = finishDueOn; }
    public MediationStatus getStatus() { return status; }
    public MediationOutcome getOutcome() { return outcome; }
    public Party getAbsentParty() { return absentParty; }
    public String getOutcomeNote() { return outcomeNote; }
    public String getOutcomeMinutes() { return outcomeMinutes; }
    public LocalDate getFinishedOn() { return finishedOn; }
    @Override
    public long getVersion() { return version; }
    public String getCreatedBy() { return createdBy; }
    void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
