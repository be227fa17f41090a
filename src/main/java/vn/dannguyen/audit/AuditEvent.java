package vn.dannguyen.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something that happened without changing data: a sign-in, a refused sign-in, a view of personal data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int SUBJECT_LENGTH = 200;
    public static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditEventKind kind;

    @Column(name = "petition_id", updatable = false)
    private Long petitionId;

    @Column(updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "ip_address", updatable = false, length = 45)
    private String ipAddress;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    protected AuditEvent() {
    }

    public AuditEvent(AuditEventKind kind, String username, Long petitionId, String subject, String detail, String ipAddress) {
        this.occurredAt = Instant.now();
        this.kind = kind;
        this.username = truncate(username, 60);
        this.petitionId = petitionId;
        this.subject = truncate(subject, SUBJECT_LENGTH);
        this.detail = truncate(detail, DETAIL_LENGTH);
        this.ipAddress = ipAddress;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public AuditEventKind getKind() { return kind; }
    public Long getPetitionId() { return petitionId; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public String getIpAddress() { return ipAddress; }
}
