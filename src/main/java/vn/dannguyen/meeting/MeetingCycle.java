package vn.dannguyen.meeting;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** The meetings held around one council session (before or after it), or on one theme. */
@Entity
@Audited
public class MeetingCycle {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commune_id", nullable = false, updatable = false)
    private Long communeId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private CycleKind kind = CycleKind.BEFORE_SESSION;

    /** The number of the council session (kỳ họp thứ N), when the cycle belongs to one. */
    @Min(1)
    @Max(99)
    private Integer councilSession;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Column(nullable = false)
    private LocalDate startsOn;

    private LocalDate endsOn;

    /** When the leader published the cycle's results to the public page; null while not published. */
    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Column(name = "results_published_by", length = 60)
    private String resultsPublishedBy;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public CycleKind getKind() { return kind; }
    public void setKind(CycleKind kind) { this.kind = kind; }
    public Integer getCouncilSession() { return councilSession; }
    public void setCouncilSession(Integer councilSession) { this.councilSession = councilSession; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Instant getResultsPublishedAt() { return resultsPublishedAt; }
    public String getResultsPublishedBy() { return resultsPublishedBy; }

    public void publishResults(String by) {
        resultsPublishedAt = Instant.now();
        resultsPublishedBy = by;
    }

    public void withdrawResults() {
        resultsPublishedAt = null;
        resultsPublishedBy = null;
    }

    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
