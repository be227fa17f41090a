package vn.dannguyen.task;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * A petition sent to the province by an official letter (number and date), and the province's reply
 * when it comes back. While no reply is recorded the petition waits in status FORWARDED.
 */
@Entity
@Audited
public class Forwarding {

    public static final int AGENCY_LENGTH = 200;
    public static final int LETTER_NO_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private Long petitionId;

    @Column(nullable = false, updatable = false, length = AGENCY_LENGTH)
    private String agency;

    @Column(nullable = false, updatable = false, length = LETTER_NO_LENGTH)
    private String letterNo;

    @Column(nullable = false, updatable = false)
    private LocalDate letterOn;

    @Column(nullable = false, updatable = false, length = 60)
    private String forwardedBy;

    @Column(nullable = false, updatable = false)
    private Instant forwardedAt;

    @Column(length = LETTER_NO_LENGTH)
    private String replyLetterNo;

    private LocalDate replyOn;

    @Column(columnDefinition = "text")
    private String replyText;

    @Column(length = 60)
    private String replyRecordedBy;

    private Instant replyRecordedAt;

    @Version
    private long version;

    protected Forwarding() {
    }

    Forwarding(long petitionId, String agency, String letterNo, LocalDate letterOn, String forwardedBy) {
        this.petitionId = petitionId;
        this.agency = agency;
        this.letterNo = letterNo;
        this.letterOn = letterOn;
        this.forwardedBy = forwardedBy;
        this.forwardedAt = Instant.now();
    }

    void recordReply(String letterNo, LocalDate on, String text, String recordedBy) {
        this.replyLetterNo = letterNo;
        this.replyOn = on;
        this.replyText = text;
        this.replyRecordedBy = recordedBy;
        this.replyRecordedAt = Instant.now();
    }

    public boolean isWaiting() {
        return replyOn == null;
    }

    public Long getId() { return id; }
    public Long getPetitionId() { return petitionId; }
    public String getAgency() { return agency; }
    public String getLetterNo() { return letterNo; }
    public LocalDate getLetterOn() { return letterOn; }
    public String getForwardedBy() { return forwardedBy; }
    public Instant getForwardedAt() { return forwardedAt; }
    public String getReplyLetterNo() { return replyLetterNo; }
    public LocalDate getReplyOn() { return replyOn; }
    public String getReplyText() { return replyText; }
    public String getReplyRecordedBy() { return replyRecordedBy; }
    public Instant getReplyRecordedAt() { return replyRecordedAt; }
    public long getVersion() { return version; }
}
